import {
  changeStatus as changeStatusRoute,
  checkPerson,
  drawSample,
  getPeopleImport,
  getPeopleImportTemplate,
  getSettings,
  listFollowUps,
  recordContact as recordContactRoute,
  saveSettings as saveSettingsRoute,
  startPeopleImport,
} from "@jiuye/contract/people-follow-up";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize } from "../../lib/access.ts";
import { addDays, todayInChina } from "../../lib/clock.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError } from "../../lib/errors.ts";
import { tableFile, templateSheets } from "../../lib/tabular.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { jurisdictionPath, personPolicy } from "./people.access.ts";
import { checkRecord, drawCountySample } from "./people.checks.ts";
import { findFollowUpsDue } from "./people.follow-up.repo.ts";
import { changeStatus, recordContact, saveSettings, settingsFor } from "./people.follow-up.ts";
import { processPeopleImportTask } from "./people.import.ts";
import { presentPeopleImport, presentPersonSummary } from "./people.present.ts";
import { findPeopleImport, insertPeopleImport } from "./people.repo.ts";
import { loadPerson, peopleDeps, personView, recorderOf } from "./people.service.ts";
import { PEOPLE_COLUMNS } from "./people.template.ts";

const dueCursor = z.object({ due: z.string(), id: z.string() });

/** Status changes and follow-up contacts, worklists and settings, data checks, and imports. */
export function followUpRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, changeStatusRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = peopleDeps(deps, ctx.deps.db);
    const row = await loadPerson(d.db, ctx.params.id);
    authorize(personPolicy.manage, actor, { regionPath: row.region_path });
    await changeStatus(d, { row, ...ctx.body, recorder: recorderOf(actor) });
    ctx.audit("person", row.id, { status: ctx.body.status });
    return { person: await personView(d, row.id) };
  });

  mountRoute(app, deps, recordContactRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = peopleDeps(deps, ctx.deps.db);
    const row = await loadPerson(d.db, ctx.params.id);
    authorize(personPolicy.manage, actor, { regionPath: row.region_path });
    const { status, ...contact } = ctx.body;
    await recordContact(d, { row, contact, status, recorder: recorderOf(actor) });
    ctx.audit("person", row.id, { contact: contact.channel, offered: contact.offered });
    return { person: await personView(d, row.id) };
  });

  mountRoute(app, deps, listFollowUps, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const today = todayInChina(deps.clock.now());
    const rows = await findFollowUpsDue(deps.db, {
      regionPath: jurisdictionPath(deps, actor, ctx.query.region),
      until: addDays(today, ctx.query.within),
      overdueBefore: ctx.query.overdueOnly ? today : undefined,
      status: ctx.query.status,
      after: decodeCursor(ctx.query.cursor, dueCursor),
      limit: ctx.query.limit + 1,
    });
    const page = pageOf(rows, ctx.query.limit, (r) => ({ due: r.follow_up_due ?? "", id: r.id }));
    ctx.audit("person", null, { read: page.items.map((r) => r.id) });
    const present = { pii: peopleDeps(deps).pii, today };
    return {
      today,
      items: page.items.map((r) => presentPersonSummary(r, present)),
      nextCursor: page.nextCursor,
    };
  });

  mountRoute(app, deps, getSettings, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const code = ctx.query.region ?? actor.regionCode;
    if (!code) throw new AppError("ACCESS_OUTSIDE_JURISDICTION", "Your account has no region");
    const region = requireRegion(deps.regions, code, "$query.region");
    authorize(personPolicy.readSettings, actor, { regionPath: region.path });
    return { settings: await settingsFor(deps, region.code) };
  });

  mountRoute(app, deps, saveSettingsRoute, async (ctx) => {
    const settings = await saveSettings(
      { ...deps, db: ctx.deps.db },
      { actor: requireActor(ctx.actor), regionCode: ctx.params.regionCode, ...ctx.body },
    );
    ctx.audit("people_settings", ctx.params.regionCode, { ...ctx.body });
    return { settings };
  });

  mountRoute(app, deps, checkPerson, async (ctx) => {
    const d = peopleDeps(deps, ctx.deps.db);
    const row = await loadPerson(d.db, ctx.params.id);
    await checkRecord(d, { actor: requireActor(ctx.actor), row, ...ctx.body });
    ctx.audit("person", row.id, { check: ctx.body.action });
    return { person: await personView(d, row.id) };
  });

  mountRoute(app, deps, drawSample, async (ctx) => {
    const sample = await drawCountySample(
      { ...deps, db: ctx.deps.db },
      { actor: requireActor(ctx.actor), ...ctx.body },
    );
    ctx.audit("person_sample", sample.id, { period: sample.period, selected: sample.personIds.length });
    return { sample };
  });

  mountRoute(app, deps, getPeopleImportTemplate, async ({ query, reply }) => {
    const file = await tableFile(templateSheets("人员", PEOPLE_COLUMNS), query.format);
    reply
      .type(file.contentType)
      .header("content-disposition", `attachment; filename="people-template.${query.format}"`);
    return file.body;
  });

  mountRoute(app, deps, startPeopleImport, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const row = await insertPeopleImport(ctx.deps.db, {
      file_name: ctx.query.fileName,
      format: ctx.query.format,
      dry_run: ctx.query.dryRun,
      status: "queued",
      consent_collected_by: ctx.query.consentCollectedBy,
      consent_purpose: ctx.query.consentPurpose,
      region_path: jurisdictionPath(deps, actor),
      errors: "[]",
      summary: null,
      file: ctx.file ?? new Uint8Array(),
      created_by: actor.id,
    });
    await deps.tasks.enqueue(
      processPeopleImportTask(deps.config.secret),
      { importId: row.id },
      { db: ctx.deps.db },
    );
    ctx.audit("people_import", row.id, { fileName: row.file_name, dryRun: row.dry_run });
    return { import: presentPeopleImport(row) };
  });

  mountRoute(app, deps, getPeopleImport, async (ctx) => {
    const row = await findPeopleImport(deps.db, ctx.params.id);
    // An import, and the rows of its file, are its uploader's alone.
    if (!row || row.created_by !== requireActor(ctx.actor).id)
      throw new AppError("PEOPLE_IMPORT_NOT_FOUND", "No such import");
    return { import: presentPeopleImport(row) };
  });
}
