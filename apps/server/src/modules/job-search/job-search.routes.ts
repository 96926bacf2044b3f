import { postingStats, searchPostings as searchRoute } from "@jiuye/contract/job-search";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize } from "../../lib/access.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { jobSearchPolicy } from "./job-search.access.ts";
import { aggregateByRegionAndMonth } from "./job-search.repo.ts";
import { searchPostings } from "./job-search.service.ts";

export function jobSearchRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, searchRoute, async ({ query }) => searchPostings(deps, query), {
    rateLimitPerMinute: 600,
  });

  mountRoute(app, deps, postingStats, async ({ query, actor }) => {
    const caller = requireActor(actor);
    const region = requireRegion(deps.regions, query.region ?? caller.regionCode ?? "", "$query.region");
    authorize(jobSearchPolicy.stats, caller, { regionPath: region.path });
    const rows = await aggregateByRegionAndMonth(deps.db, region.path, query.year);
    return {
      rows: rows.map((r) => ({
        regionCode: r.region,
        regionName: deps.regions.get(r.region)?.name ?? r.region,
        month: r.month,
        postings: Number(r.postings),
        positions: Number(r.positions),
      })),
    };
  });
}
