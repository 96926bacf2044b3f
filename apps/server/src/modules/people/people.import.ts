import { personFieldsSchema, statusInputSchema } from "@jiuye/contract/people";
import { z } from "zod";
import { todayInChina } from "../../lib/clock.ts";
import { AppError, jsonPath } from "../../lib/errors.ts";
import { isWithin, levelOfPath } from "../../lib/jurisdiction.ts";
import { piiCipher } from "../../lib/pii.ts";
import { checkHeaderRow, type RowError, readTable, type TableFormat } from "../../lib/tabular.ts";
import { defineTask, type TaskDefinition } from "../../tasks/queue.ts";
import { loadCatalogue } from "../catalogue/catalogue.cache.ts";
import { loadRegionDirectory } from "../regions/regions.directory.ts";
import { findUserById } from "../users/users.repo.ts";
import { checkPersonFields, contentHash } from "./people.fields.ts";
import { changeStatus, type Recorder } from "./people.follow-up.ts";
import {
  findHousehold,
  findPeopleImportWork,
  findPersonByIdNumberHash,
  insertHousehold,
  updatePeopleImport,
} from "./people.repo.ts";
import { correctPerson, hardshipCategoryMap, type PeopleDeps, registerPerson } from "./people.service.ts";
import { headerOfPath, PEOPLE_COLUMNS, rowsToInputs } from "./people.template.ts";

export interface PeopleImportSummary {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

const rowSchema = personFieldsSchema.extend({
  status: statusInputSchema,
  household: z.string().trim().min(1).max(50).optional(),
});

const CHUNK = 200;

/**
 * Imports people from a .xlsx/.csv in the template's columns, in chunks (each its own transaction).
 * Every bad row is reported with its column; valid rows go in; a person already registered is
 * matched by identity number, so importing the same file again changes nothing. Consent is the
 * importer's statement for the whole file, recorded on each person it creates.
 */
export async function importPeopleFile(
  deps: PeopleDeps,
  opts: {
    file: Buffer;
    format: TableFormat;
    dryRun: boolean;
    importId: string | null;
    consent: { collectedBy: string; purpose: string };
    recorder: Recorder;
    /** Rows must lie in this jurisdiction (null: anywhere, from the command line). */
    regionPath: string | null;
    onProgress?: (processed: number, total: number) => Promise<void> | void;
  },
): Promise<{ summary: PeopleImportSummary; errors: RowError[]; totalRows: number }> {
  const table = await readTable(opts.file, opts.format);
  const summary: PeopleImportSummary = {
    received: table.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
  };
  const header = checkHeaderRow(PEOPLE_COLUMNS, table.headers);
  if (header.missing.length > 0) return { summary, errors: header.missing, totalRows: table.rows.length };
  const errors: RowError[] = [...header.unknown];
  const inputs = rowsToInputs(table.headers, table.rows);
  const today = todayInChina(deps.clock.now());
  const categories = await hardshipCategoryMap(deps.db);
  const seen = new Map<string, number>();

  const importRow = async (
    d: PeopleDeps,
    rowNumber: number,
    value: unknown,
  ): Promise<RowError[] | keyof PeopleImportSummary> => {
    const located = (path: string, message: string) => ({
      row: rowNumber,
      column: headerOfPath(path),
      message,
    });
    const parsed = rowSchema.safeParse(value);
    if (!parsed.success) return parsed.error.issues.map((i) => located(jsonPath(i.path), i.message));
    const { status, household, ...fields } = parsed.data;
    const checked = checkPersonFields(d, fields, { today, categories });
    if (!checked.ok) return checked.issues.map((i) => located(i.path, i.message));
    const { value: person } = checked;
    if (opts.regionPath !== null && !isWithin(opts.regionPath, person.regionPath))
      return [located("$.regionCode", "outside your jurisdiction")];
    const hash = d.pii.lookupHash("id_number", person.idNumber);
    const earlier = seen.get(hash);
    if (earlier !== undefined) return [located("$.idNumber", `the same person as row ${earlier}`)];
    seen.set(hash, rowNumber);
    const existing = await findPersonByIdNumberHash(d.db, hash);
    if (existing?.consent_method === "self")
      return [located("$.idNumber", "this person registered themselves; only they change their record")];
    if (existing && opts.regionPath !== null && !isWithin(opts.regionPath, existing.region_path))
      return [located("$.idNumber", "registered in another jurisdiction")];
    const found = household
      ? await findHousehold(d.db, { regionCode: person.fields.regionCode, reference: household })
      : undefined;
    if (opts.dryRun) {
      if (!existing) return "created";
      const householdId = household ? (found?.id ?? `new:${household}`) : null;
      const statusChanged =
        status.status !== existing.status && (status.since ?? today) > existing.status_since;
      return contentHash(person.fields, householdId) === existing.content_hash && !statusChanged
        ? "unchanged"
        : "updated";
    }
    const householdId = household
      ? (found?.id ??
        (await insertHousehold(d.db, {
          region_code: person.fields.regionCode,
          reference: household,
          created_by: opts.recorder.id,
        })))
      : null;
    if (!existing) {
      await registerPerson(d, {
        checked: person,
        status,
        householdId,
        recommendable: false,
        userId: null,
        consent: { method: "import", ...opts.consent, statement: null, importId: opts.importId },
        recorder: opts.recorder,
      });
      return "created";
    }
    let outcome = await correctPerson(d, {
      row: existing,
      checked: person,
      householdId,
      recorder: opts.recorder,
    });
    // A status dated after the one on record is news; the same or an older one is not.
    if (status.status !== existing.status && (status.since ?? today) > existing.status_since) {
      await changeStatus(d, {
        row: { ...existing, region_code: person.fields.regionCode },
        ...status,
        recorder: opts.recorder,
      });
      outcome = "updated";
    }
    return outcome;
  };

  for (let start = 0; start < inputs.length; start += CHUNK) {
    const chunk = inputs.slice(start, start + CHUNK);
    const run = async (db: PeopleDeps["db"]) => {
      for (const { rowNumber, value } of chunk) {
        let result: RowError[] | keyof PeopleImportSummary;
        try {
          result = await importRow({ ...deps, db }, rowNumber, value);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const details = Array.isArray(error.details)
            ? (error.details as { path: string; message: string }[])
            : [];
          result = details.length
            ? details.map((e) => ({ row: rowNumber, column: headerOfPath(e.path), message: e.message }))
            : [{ row: rowNumber, column: null, message: error.message }];
        }
        if (Array.isArray(result)) {
          errors.push(...result);
          summary.rejected++;
        } else summary[result]++;
      }
    };
    if (opts.dryRun) await run(deps.db);
    else await deps.db.transaction().execute(run);
    await opts.onProgress?.(Math.min(start + CHUNK, inputs.length), inputs.length);
  }
  return { summary, errors, totalRows: inputs.length };
}

const importTasks = new Map<string, TaskDefinition<{ importId: string }>>();

/**
 * Background processing of an uploaded file, with progress on its people_imports row. A task gets
 * only the database and the clock: it loads the directories itself, and the cipher comes from the
 * platform secret it was defined with (one definition per secret, as the task registry requires).
 */
export function processPeopleImportTask(secret: string): TaskDefinition<{ importId: string }> {
  const known = importTasks.get(secret);
  if (known) return known;
  const task = defineTask({
    name: "people.processImport",
    payload: z.object({ importId: z.string() }),
    maxAttempts: 1,
    async perform({ importId }, { db, clock }) {
      const job = await findPeopleImportWork(db, importId);
      await updatePeopleImport(db, importId, { status: "running" });
      const deps: PeopleDeps = {
        db,
        clock,
        regions: await loadRegionDirectory(db),
        catalogue: await loadCatalogue(db),
        pii: piiCipher(secret),
      };
      const user = job.created_by ? await findUserById(db, job.created_by) : undefined;
      try {
        const result = await importPeopleFile(deps, {
          file: Buffer.from(job.file ?? new Uint8Array()),
          format: job.format,
          dryRun: job.dry_run,
          importId,
          consent: { collectedBy: job.consent_collected_by, purpose: job.consent_purpose },
          recorder: {
            id: job.created_by,
            name: user?.username ?? null,
            level: job.region_path ? levelOfPath(job.region_path) : null,
          },
          regionPath: job.region_path,
          onProgress: (processed, total) =>
            updatePeopleImport(db, importId, { processed_rows: processed, total_rows: total }),
        });
        await updatePeopleImport(db, importId, {
          status: "done",
          total_rows: result.totalRows,
          processed_rows: result.totalRows,
          summary: JSON.stringify(result.summary),
          errors: JSON.stringify(result.errors),
          file: null,
          finished_at: clock.now(),
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await updatePeopleImport(db, importId, {
          status: "failed",
          errors: JSON.stringify([{ row: 0, column: null, message }]),
          file: null,
          finished_at: clock.now(),
        });
      }
    },
  });
  importTasks.set(secret, task);
  return task;
}
