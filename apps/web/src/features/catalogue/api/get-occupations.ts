import { listOccupations } from "@jiuye/contract/catalogue";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** The children of an occupation in the 大典 (the eight major groups when absent). */
export function getOccupationChildren(parent?: string) {
  return callApi(listOccupations, { query: { parent } });
}

export function getOccupationChildrenQueryOptions(parent?: string) {
  return queryOptions({
    queryKey: ["occupations", "children", parent ?? null],
    queryFn: () => getOccupationChildren(parent),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Occupations whose names contain `q`. */
export function searchOccupations(q: string) {
  return callApi(listOccupations, { query: { q } });
}

export function useSearchOccupations(q: string) {
  return useQuery({
    queryKey: ["occupations", "search", q],
    queryFn: () => searchOccupations(q),
    enabled: q.length > 0,
    staleTime: 10 * 60_000,
  });
}
