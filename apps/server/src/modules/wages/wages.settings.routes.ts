import {
  clearCalendarDay,
  handlingParametersSchema,
  listWageParameters,
  listWorkingCalendar,
  setCalendarDay,
  setWageParameters,
} from "@jiuye/contract/wage-settings";
import { DEFAULT_PARAMETERS } from "@jiuye/wages/parameters";
import type { FastifyInstance } from "fastify";
import type { Actor, Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize, type Rule } from "../../lib/access.ts";
import { isWithin, levelOfPath } from "../../lib/jurisdiction.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { DEFAULT_DISPOSAL_DAYS } from "./wages.evaluation.ts";
import {
  deleteCalendarDay,
  listCalendarDays,
  listParameterRows,
  upsertCalendarDay,
  upsertParameterRow,
} from "./wages.settings.repo.ts";

const TOP_LEVEL = 1;

/**
 * Parameters of a region: its administrators and those above; the platform-wide row and the working
 * calendar (the State Council's holidays, the region's own days): the autonomous region's only.
 */
const settingsPolicy = {
  setRegion: ((actor, r) => actor.role === "admin" && isWithin(actor.regionPath, r.regionPath)) as Rule<{
    regionPath: string | null;
  }>,
  setPlatform: ((actor) =>
    actor.role === "admin" &&
    actor.regionPath !== null &&
    levelOfPath(actor.regionPath) === TOP_LEVEL) as Rule<unknown>,
};

function presentRow(row: {
  id: string;
  region_code: string | null;
  region_name?: string | null;
  effective_from: string;
  parameters: Record<string, unknown>;
  created_at: Date;
}) {
  return {
    id: row.id,
    regionCode: row.region_code,
    regionName: row.region_name ?? null,
    effectiveFrom: row.effective_from,
    parameters: handlingParametersSchema.parse(row.parameters),
    createdAt: row.created_at.toISOString(),
  };
}

/** Rows that apply within the caller's reach: the platform's, and those of regions above or within theirs. */
function reaches(actor: Actor, regionPath: string | null): boolean {
  return (
    regionPath === null || isWithin(actor.regionPath, regionPath) || isWithin(regionPath, actor.regionPath)
  );
}

export function wageSettingsRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listWageParameters, async ({ actor }) => {
    const caller = requireActor(actor);
    const rows = await listParameterRows(deps.db);
    return {
      defaults: { ...DEFAULT_PARAMETERS, disposalWorkingDays: DEFAULT_DISPOSAL_DAYS },
      items: rows.filter((r) => reaches(caller, r.region_path)).map(presentRow),
    };
  });

  mountRoute(app, deps, setWageParameters, async (ctx) => {
    const actor = requireActor(ctx.actor);
    if (ctx.body.regionCode === null) authorize(settingsPolicy.setPlatform, actor, null);
    else
      authorize(settingsPolicy.setRegion, actor, {
        regionPath: requireRegion(deps.regions, ctx.body.regionCode).path,
      });
    const row = await upsertParameterRow(ctx.deps.db, {
      region_code: ctx.body.regionCode,
      effective_from: ctx.body.effectiveFrom,
      parameters: JSON.stringify(ctx.body.parameters),
      created_by: actor.id,
    });
    ctx.audit("wage_parameters", row.id, {
      regionCode: ctx.body.regionCode,
      effectiveFrom: ctx.body.effectiveFrom,
    });
    const regionName = row.region_code ? (deps.regions.get(row.region_code)?.name ?? null) : null;
    return { item: presentRow({ ...row, region_name: regionName }) };
  });

  mountRoute(app, deps, listWorkingCalendar, async ({ query }) => ({
    items: await listCalendarDays(deps.db, query.year),
  }));

  mountRoute(app, deps, setCalendarDay, async (ctx) => {
    authorize(settingsPolicy.setPlatform, requireActor(ctx.actor), null);
    const item = await upsertCalendarDay(ctx.deps.db, { day: ctx.params.day, ...ctx.body });
    ctx.audit("working_calendar", ctx.params.day, { ...ctx.body });
    return { item };
  });

  mountRoute(app, deps, clearCalendarDay, async (ctx) => {
    authorize(settingsPolicy.setPlatform, requireActor(ctx.actor), null);
    await deleteCalendarDay(ctx.deps.db, ctx.params.day);
    ctx.audit("working_calendar", ctx.params.day);
    return { ok: true as const };
  });
}
