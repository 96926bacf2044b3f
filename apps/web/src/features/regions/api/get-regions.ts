import { listRegions } from "@jiuye/contract/regions";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** The children of `parent` (the top level when absent). */
export function getRegionChildren(parent?: string) {
  return callApi(listRegions, { query: { parent } });
}

export function getRegionChildrenQueryOptions(parent?: string) {
  return queryOptions({
    queryKey: ["regions", "children", parent ?? null],
    queryFn: () => getRegionChildren(parent),
    staleTime: 10 * 60_000,
  });
}

export function useRegionChildren(parent?: string) {
  return useQuery(getRegionChildrenQueryOptions(parent));
}

/** Regions whose name contains `q`. */
export function searchRegions(q: string) {
  return callApi(listRegions, { query: { q } });
}

export function searchRegionsQueryOptions(q: string) {
  return queryOptions({
    queryKey: ["regions", "search", q],
    queryFn: () => searchRegions(q),
    enabled: q.length > 0,
    staleTime: 10 * 60_000,
  });
}

export function useSearchRegions(q: string) {
  return useQuery(searchRegionsQueryOptions(q));
}
