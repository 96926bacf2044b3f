import {
  createHousehold as createHouseholdRoute,
  createPerson,
  erasePerson as erasePersonRoute,
  findPeople,
  getPerson,
  listHardshipCategories,
  listPeople,
  listZeroEmploymentHouseholds,
  revealPerson,
  updatePerson,
} from "@jiuye/contract/people";
import {
  createOwnPerson,
  deleteOwnPerson,
  exportOwnPerson,
  getOwnPerson,
  updateOwnPerson,
} from "@jiuye/contract/people-own";
import { ageOn } from "@jiuye/identifiers/gb11643";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Actor, Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError } from "../../lib/errors.ts";
import { tableFile } from "../../lib/tabular.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { jurisdictionPath, personPolicy } from "./people.access.ts";
import { normalisePhone } from "./people.fields.ts";
import { findHouseholdMembers, findZeroEmploymentHouseholds } from "./people.follow-up.repo.ts";
import { followUpRoutes } from "./people.follow-up.routes.ts";
import { presentPersonSummary } from "./people.present.ts";
import {
  findHardshipCategories,
  findPeopleByHash,
  findPeopleWithin,
  findPersonByUserId,
  type PersonRow,
} from "./people.repo.ts";
import {
  type ConsentRecord,
  checkFields,
  correctPerson,
  createHousehold,
  erasePerson,
  exportPerson,
  loadPerson,
  peopleDeps,
  personView,
  recorderOf,
  registerPerson,
  requireHousehold,
  revealFields,
  withKeptNumbers,
} from "./people.service.ts";
import { exportSheets } from "./people.template.ts";

const SELF_CONSENT: ConsentRecord = {
  method: "self",
  purpose: "labour-force registry: job matching, employment services and follow-up (privacy notice v1)",
  statement: "I register of my own will and agree to the labour-force registry privacy notice, version 1",
  collectedBy: "self",
};

const nameCursor = z.object({ name: z.string(), id: z.string() });
const householdCursor = z.object({ regionCode: z.string(), reference: z.string() });

async function ownRecord(db: Deps["db"], actor: Actor): Promise<PersonRow> {
  const row = await findPersonByUserId(db, actor.id);
  if (!row) throw new AppError("PEOPLE_NOT_FOUND", "You have not registered in the labour-force registry");
  return row;
}

export function peopleRoutes(app: FastifyInstance, deps: Deps): void {
  const today = () => todayInChina(deps.clock.now());

  mountRoute(app, deps, getOwnPerson, async (ctx) => {
    const row = await findPersonByUserId(deps.db, requireActor(ctx.actor).id);
    if (!row) return { person: null };
    ctx.audit("person", row.id);
    return { person: await personView(peopleDeps(deps), row.id) };
  });

  mountRoute(app, deps, createOwnPerson, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = peopleDeps(deps, ctx.deps.db);
    if (await findPersonByUserId(d.db, actor.id))
      throw new AppError(
        "PEOPLE_ACCOUNT_HAS_RECORD",
        "You are registered already; change your record instead",
      );
    const { status, recommendable, consent: _, ...fields } = ctx.body;
    const id = await registerPerson(d, {
      checked: await checkFields(d, fields),
      status,
      householdId: null,
      recommendable,
      userId: actor.id,
      consent: SELF_CONSENT,
      recorder: recorderOf(actor),
    });
    ctx.audit("person", id);
    return { person: await personView(d, id) };
  });

  mountRoute(app, deps, updateOwnPerson, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = peopleDeps(deps, ctx.deps.db);
    const row = await ownRecord(d.db, actor);
    const { recommendable, ...changes } = ctx.body;
    const checked = await checkFields(d, withKeptNumbers(d.pii, row, changes));
    await correctPerson(d, {
      row,
      checked,
      householdId: row.household_id,
      recommendable,
      recorder: recorderOf(actor),
    });
    ctx.audit("person", row.id);
    return { person: await personView(d, row.id) };
  });

  mountRoute(app, deps, exportOwnPerson, async (ctx) => {
    const d = peopleDeps(deps);
    const row = await ownRecord(d.db, requireActor(ctx.actor));
    const full = await exportPerson(d, row);
    ctx.audit("person", row.id, { export: ctx.query.format });
    const file =
      ctx.query.format === "json"
        ? {
            body: Buffer.from(
              JSON.stringify({ exportedAt: deps.clock.now().toISOString(), person: full }, null, 2),
            ),
            contentType: "application/json; charset=utf-8",
          }
        : await tableFile(exportSheets(full), "xlsx");
    ctx.reply
      .type(file.contentType)
      .header("content-disposition", `attachment; filename="my-registry-record.${ctx.query.format}"`);
    return file.body;
  });

  mountRoute(app, deps, deleteOwnPerson, async (ctx) => {
    const d = peopleDeps(deps, ctx.deps.db);
    const row = await ownRecord(d.db, requireActor(ctx.actor));
    await erasePerson(d, row);
    ctx.audit("person", row.id, { erased: true });
    return { ok: true as const };
  });

  mountRoute(app, deps, createPerson, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = peopleDeps(deps, ctx.deps.db);
    const { status, householdId, consent, ...fields } = ctx.body;
    authorize(personPolicy.manage, actor, {
      regionPath: requireRegion(deps.regions, fields.regionCode).path,
    });
    const id = await registerPerson(d, {
      checked: await checkFields(d, fields),
      status,
      householdId: householdId ? (await requireHousehold(d, actor, householdId)).id : null,
      recommendable: false,
      userId: null,
      consent: { method: "staff", ...consent, collectedBy: actor.username },
      recorder: recorderOf(actor),
    });
    ctx.audit("person", id);
    return { person: await personView(d, id) };
  });

  mountRoute(app, deps, listPeople, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const rows = await findPeopleWithin(deps.db, {
      regionPath: jurisdictionPath(deps, actor, ctx.query.region),
      status: ctx.query.status,
      checkStage: ctx.query.checkStage,
      q: ctx.query.q,
      after: decodeCursor(ctx.query.cursor, nameCursor),
      limit: ctx.query.limit + 1,
    });
    const page = pageOf(rows, ctx.query.limit, (r) => ({ name: r.name, id: r.id }));
    ctx.audit("person", null, { read: page.items.map((r) => r.id) });
    const present = { pii: peopleDeps(deps).pii, today: today() };
    return { items: page.items.map((r) => presentPersonSummary(r, present)), nextCursor: page.nextCursor };
  });

  mountRoute(app, deps, findPeople, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const { pii } = peopleDeps(deps);
    const phone = ctx.body.phone ? normalisePhone(ctx.body.phone) : null;
    const by = ctx.body.idNumber
      ? {
          column: "id_number_hash" as const,
          hash: pii.lookupHash("id_number", ctx.body.idNumber.toUpperCase()),
        }
      : { column: "phone_hash" as const, hash: phone ? pii.lookupHash("phone", phone) : "" };
    const rows = await findPeopleByHash(ctx.deps.db, { ...by, regionPath: jurisdictionPath(deps, actor) });
    ctx.audit("person", null, { by: by.column, read: rows.map((r) => r.id) });
    return { items: rows.map((r) => presentPersonSummary(r, { pii, today: today() })) };
  });

  mountRoute(app, deps, getPerson, async (ctx) => {
    const row = await loadPerson(deps.db, ctx.params.id);
    authorize(personPolicy.read, requireActor(ctx.actor), { regionPath: row.region_path });
    ctx.audit("person", row.id);
    return { person: await personView(peopleDeps(deps), row.id) };
  });

  mountRoute(app, deps, updatePerson, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = peopleDeps(deps, ctx.deps.db);
    const row = await loadPerson(d.db, ctx.params.id);
    const { householdId, ...changes } = ctx.body;
    authorize(personPolicy.manage, actor, { regionPath: row.region_path });
    const fields = withKeptNumbers(d.pii, row, changes);
    authorize(personPolicy.manage, actor, {
      regionPath: requireRegion(deps.regions, fields.regionCode).path,
    });
    const household = householdId ? (await requireHousehold(d, actor, householdId)).id : null;
    const checked = await checkFields(d, fields);
    const outcome = await correctPerson(d, {
      row,
      checked,
      householdId: household,
      recorder: recorderOf(actor),
    });
    ctx.audit("person", row.id, { outcome });
    return { person: await personView(d, row.id) };
  });

  mountRoute(app, deps, revealPerson, async (ctx) => {
    const row = await loadPerson(ctx.deps.db, ctx.params.id);
    authorize(personPolicy.reveal, requireActor(ctx.actor), { regionPath: row.region_path });
    ctx.audit("person", row.id, { revealed: ctx.body.fields, reason: ctx.body.reason });
    return revealFields(peopleDeps(deps).pii, row, ctx.body.fields);
  });

  mountRoute(app, deps, erasePersonRoute, async (ctx) => {
    const d = peopleDeps(deps, ctx.deps.db);
    const row = await loadPerson(d.db, ctx.params.id);
    authorize(personPolicy.manage, requireActor(ctx.actor), { regionPath: row.region_path });
    await erasePerson(d, row);
    ctx.audit("person", row.id, { erased: true, reason: ctx.body.reason });
    return { ok: true as const };
  });

  mountRoute(app, deps, createHouseholdRoute, async (ctx) => {
    const household = await createHousehold(peopleDeps(deps, ctx.deps.db), {
      actor: requireActor(ctx.actor),
      ...ctx.body,
    });
    ctx.audit("household", household.id);
    return { household };
  });

  mountRoute(app, deps, listZeroEmploymentHouseholds, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const on = today();
    const rows = await findZeroEmploymentHouseholds(deps.db, {
      regionPath: jurisdictionPath(deps, actor),
      today: on,
      after: decodeCursor(ctx.query.cursor, householdCursor),
      limit: ctx.query.limit + 1,
    });
    const page = pageOf(rows, ctx.query.limit, (r) => ({
      regionCode: r.region_code,
      reference: r.reference,
    }));
    const members = await findHouseholdMembers(
      deps.db,
      page.items.map((h) => h.id),
    );
    ctx.audit("person", null, { read: members.map((m) => m.id) });
    return {
      items: page.items.map((h) => ({
        id: h.id,
        regionCode: h.region_code,
        regionName: h.region_name,
        reference: h.reference,
        members: members
          .filter((m) => m.household_id === h.id)
          .map((m) => ({ id: m.id, name: m.name, age: ageOn(m.birth_date, on), status: m.status })),
      })),
      nextCursor: page.nextCursor,
    };
  });

  mountRoute(app, deps, listHardshipCategories, async ({ query }) => {
    const region = requireRegion(deps.regions, query.region, "$query.region");
    const rows = await findHardshipCategories(deps.db);
    return {
      items: rows
        .filter((c) => deps.regions.contains(c.region_code, region.code))
        .map((c) => ({ code: c.code, name: c.name, regionCode: c.region_code })),
    };
  });

  followUpRoutes(app, deps);
}
