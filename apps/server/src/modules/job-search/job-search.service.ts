import type { searchPostings as searchRoute } from "@jiuye/contract/job-search";
import type { RouteQuery, RouteResponse } from "@jiuye/contract/route";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { todayInChina } from "../../lib/clock.ts";
import { decodeCursor, encodeCursor } from "../../lib/cursor.ts";
import { presentPublicPosting } from "../jobs/jobs.present.ts";
import { findClusterMates } from "../jobs/jobs.repo.ts";
import { queryText } from "../jobs/jobs.rules.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { matchesQuery, matchWindowQuery, type SearchFilter } from "./job-search.repo.ts";

/** Counts and facets are exact up to this many matches; beyond, "at least". */
export const COUNT_CAP = 2000;

const cursorKey = z.object({ v: z.union([z.string(), z.number()]), id: z.string() });

/** Values counted, most first (ties by value). */
function countBy<T>(rows: T[], value: (row: T) => string | null) {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const v = value(row);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts]
    .map(([v, count]) => ({ value: v, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/**
 * Facet counts of matches: by the child regions of the searched region (the prefectures of the
 * whole region when none is given), by 大典 major group, by employment type.
 */
function facetCounts(
  rows: { region_code: string; occupation_code: string | null; employment_type: string }[],
  regionPath: string | null,
  regions: Deps["regions"],
) {
  const depth = regionPath ? regionPath.split(".").length : 1;
  return {
    region: countBy(rows, (r) => regions.get(r.region_code)?.path.split(".")[depth] ?? null),
    occupation: countBy(rows, (r) => r.occupation_code?.split("-")[0] ?? null),
    type: countBy(rows, (r) => r.employment_type),
  };
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
    region: region?.code ?? null,
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
  const rows = await matchesQuery(deps.db, filter, query.sort, after, query.limit + 1).execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const clusters = page.flatMap((r) => (r.cluster_id ? [{ postingId: r.id, clusterId: r.cluster_id }] : []));
  const mates = await findClusterMates(deps.db, clusters);
  const window = await matchWindowQuery(deps.db, filter, COUNT_CAP).execute();
  const facets = facetCounts(window.slice(0, COUNT_CAP), region?.path ?? null, deps.regions);
  return {
    items: page.map((r) => ({
      ...presentPublicPosting(r, mates),
      distanceKm: r.distance_km === null ? null : Number(r.distance_km),
    })),
    total: Math.min(window.length, COUNT_CAP),
    totalIsLowerBound: window.length > COUNT_CAP,
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
