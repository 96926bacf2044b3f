import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { checkHeaderRow, type RowError, readTable, type TableFormat } from "../../lib/tabular.ts";
import { defineTask } from "../../tasks/queue.ts";
import { loadCatalogue } from "../catalogue/catalogue.cache.ts";
import { loadRegionDirectory } from "../regions/regions.directory.ts";
import { type IntakeRun, intakeRawItems, summarise } from "./job-intake.service.ts";
import { headerOfPath, rowsToItems, TEMPLATE_COLUMNS } from "./job-intake.template.ts";

const CHUNK = 500;

/**
 * Imports a .xlsx/.csv of postings in chunks (each chunk its own transaction, so progress is
 * kept and nothing valid is lost to a bad row). Every bad row is reported with its column.
 */
export async function importPostingsFile(
  deps: Pick<Deps, "db" | "clock" | "regions" | "catalogue">,
  opts: {
    file: Buffer;
    format: TableFormat;
    source: string;
    dryRun: boolean;
    actor: { id: string | null; name: string | null };
    regionPath: string | null;
    onProgress?: (processed: number, total: number) => Promise<void> | void;
  },
): Promise<IntakeRun & { errors: RowError[]; totalRows: number }> {
  const table = await readTable(opts.file, opts.format);
  const { missing, unknown } = checkHeaderRow(TEMPLATE_COLUMNS, table.headers);
  if (missing.length > 0)
    return { outcomes: [], summary: summarise([]), errors: missing, totalRows: table.rows.length };
  const errors: RowError[] = [...unknown];
  const items = rowsToItems(table.headers, table.rows);
  const outcomes = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const run = (db: Deps["db"]) =>
      intakeRawItems(
        { ...deps, db },
        {
          source: opts.source,
          actor: opts.actor,
          cleanStatus: "pending_review",
          items: chunk,
          regionPath: opts.regionPath,
          dryRun: opts.dryRun,
        },
      );
    const results = opts.dryRun ? await run(deps.db) : await deps.db.transaction().execute(run);
    results.forEach((outcome, i) => {
      const row = chunk[i]?.rowNumber ?? 0;
      for (const e of outcome.errors) errors.push({ row, column: headerOfPath(e.path), message: e.message });
    });
    outcomes.push(...results);
    await opts.onProgress?.(Math.min(start + CHUNK, items.length), items.length);
  }
  return { outcomes, summary: summarise(outcomes), errors, totalRows: items.length };
}

/**
 * Background processing of an uploaded file, with progress kept on its job_imports row. It loads
 * the region and occupation directories itself: a task gets only the database and the clock.
 */
export const processImportTask = defineTask({
  name: "jobs.processImport",
  payload: z.object({ importId: z.string(), regionPath: z.string().nullable() }),
  maxAttempts: 1,
  async perform({ importId, regionPath }, { db, clock }) {
    const job = await db
      .selectFrom("job_imports")
      .selectAll()
      .where("id", "=", importId)
      .executeTakeFirstOrThrow();
    await db.updateTable("job_imports").set({ status: "running" }).where("id", "=", importId).execute();
    const deps = { db, clock, regions: await loadRegionDirectory(db), catalogue: await loadCatalogue(db) };
    try {
      const result = await importPostingsFile(deps, {
        file: Buffer.from(job.file ?? new Uint8Array()),
        format: job.format,
        source: job.source,
        dryRun: job.dry_run,
        actor: { id: job.created_by, name: null },
        regionPath,
        onProgress: async (processed, total) => {
          await db
            .updateTable("job_imports")
            .set({ processed_rows: processed, total_rows: total })
            .where("id", "=", importId)
            .execute();
        },
      });
      await db
        .updateTable("job_imports")
        .set({
          status: "done",
          total_rows: result.totalRows,
          processed_rows: result.totalRows,
          summary: JSON.stringify(result.summary),
          errors: JSON.stringify(result.errors),
          file: null,
          finished_at: clock.now(),
        })
        .where("id", "=", importId)
        .execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .updateTable("job_imports")
        .set({
          status: "failed",
          errors: JSON.stringify([{ row: 0, column: null, message }]),
          finished_at: clock.now(),
        })
        .where("id", "=", importId)
        .execute();
    }
  },
});
