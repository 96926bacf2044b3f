import type { searchPostings as searchRoute } from "@jiuye/contract/job-search";
import type { RouteQuery, RouteResponse } from "@jiuye/contract/route";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { decodeCursor, encodeCursor } from "../../lib/cursor.ts";
import { presentPublicPosting } from "../jobs/jobs.present.ts";
import { findClusterMates } from "../jobs/jobs.repo.ts";
import { queryText } from "../jobs/jobs.rules.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { countMatches, facetCounts, findMatches, type SearchFilter } from "./job-search.repo.ts";

/** Counts and facets are exact up to this many matches; beyond, "at least". */
export const COUNT_CAP = 10_000;

const cursorKey = z.object({ v: z.union([z.string(), z.number()]), id: z.string() });

/** China Standard Time date, the day postings expire on. */
export function todayInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Full-text and filtered search of published postings, with facets and a capped total. */
export async function searchPostings(
  deps: Pick<Deps, "db" | "clock" | "regions" | "catalogue">,
  query: RouteQuery<typeof searchRoute>,
): Promise<RouteResponse<typeof searchRoute>> {
  const now = deps.clock.now();
  const region = query.region ? requireRegion(deps.regions, query.region, "$query.region") : null;
  const [lat, lon] = query.near ? query.near.split(",").map(Number) : [];
  const filter: SearchFilter = {
    tsquery: query.q ? queryText(query.q) : null,
    regionPath: region?.path ?? null,
    occupation: query.occupation ?? null,
    industry: query.industry ?? null,
    salaryMin: query.salaryMin ?? null,
    type: query.type ?? null,
    near: lat !== undefined && lon !== undefined ? { lat, lon, radiusKm: query.radiusKm } : null,
    publishedSince: query.postedWithin ? new Date(now.getTime() - query.postedWithin * 86_400_000) : null,
    today: todayInChina(now),
  };
  if (query.q && !filter.tsquery) {
    return {
      items: [],
      total: 0,
      totalIsLowerBound: false,
      facets: { region: [], occupation: [], type: [] },
      nextCursor: null,
    };
  }
  const key = decodeCursor(query.cursor, cursorKey);
  const after = key ? { value: key.v, id: key.id } : null;
  const rows = await findMatches(deps.db, filter, query.sort, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const clusters = page.flatMap((r) => (r.cluster_id ? [{ postingId: r.id, clusterId: r.cluster_id }] : []));
  const mates = await findClusterMates(deps.db, clusters);
  const total = await countMatches(deps.db, filter, COUNT_CAP);
  const regionDepth = region ? region.path.split(".").length : 1;
  const facets = await facetCounts(deps.db, filter, regionDepth, COUNT_CAP);
  return {
    items: page.map((r) => ({
      ...presentPublicPosting(r, mates),
      distanceKm: r.distance_km === null ? null : Number(r.distance_km),
    })),
    total: Math.min(total, COUNT_CAP),
    totalIsLowerBound: total > COUNT_CAP,
    facets: {
      region: facets.region.map((f) => ({ ...f, label: deps.regions.get(f.value)?.name ?? f.value })),
      occupation: facets.occupation.map((f) => ({
        ...f,
        label: deps.catalogue.occupation(f.value)?.name ?? f.value,
      })),
      type: facets.type.map((f) => ({ ...f, label: f.value })),
    },
    nextCursor: rows.length > query.limit && last ? encodeCursor({ v: last.sort_value, id: last.id }) : null,
  };
}
