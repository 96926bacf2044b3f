import { postingStats } from "@jiuye/contract/job-search";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** Postings first seen (归集) in each month of a year, by the regions below the caller's. */
export function getPostingStats(year: number) {
  return callApi(postingStats, { query: { year } });
}

export function getPostingStatsQueryOptions(year: number) {
  return queryOptions({ queryKey: ["postings", "stats", year], queryFn: () => getPostingStats(year) });
}

export function usePostingStats(year: number) {
  return useQuery(getPostingStatsQueryOptions(year));
}
