import { getRegion, importRegions as importRegionsRoute, listRegions } from "@jiuye/contract/regions";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { AppError } from "../../lib/errors.ts";
import { presentRegion } from "./regions.present.ts";
import { importRegions } from "./regions.service.ts";

export function regionRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listRegions, async ({ query }) => {
    const entries = query.q ? deps.regions.search(query.q) : deps.regions.children(query.parent ?? null);
    return { items: entries.map(presentRegion) };
  });

  mountRoute(app, deps, getRegion, async ({ params }) => {
    const entry = deps.regions.get(params.code);
    if (!entry) throw new AppError("REGIONS_NOT_FOUND", `No region has the code ${params.code}`);
    return {
      region: presentRegion(entry),
      ancestors: deps.regions.ancestors(params.code).map(presentRegion),
    };
  });

  mountRoute(app, deps, importRegionsRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const result = await importRegions({
      db: ctx.deps.db,
      clock: deps.clock,
      directory: deps.regions,
      jurisdictionPath: actor.regionPath,
      file: ctx.file ?? Buffer.alloc(0),
      format: ctx.query.format,
      dryRun: ctx.query.dryRun,
    });
    ctx.audit("regions", null, {
      inserted: result.inserted,
      updated: result.updated,
      errors: result.errors.length,
    });
    ctx.afterCommit(() => deps.regions.reload());
    return result;
  });
}
