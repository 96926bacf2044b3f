import { searchPostings } from "@jiuye/contract/job-search";
import type { RouteResponse } from "@jiuye/contract/route";
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import type { JobFilters } from "../hooks/use-job-filters.ts";

export type JobSearchPage = RouteResponse<typeof searchPostings>;
export type JobSearchItem = JobSearchPage["items"][number];
export type JobFacet = JobSearchPage["facets"]["region"];

const PAGE_SIZE = 20;

/** One page of published postings matching the filters, with the total and the facets. */
export function searchJobs(filters: JobFilters, cursor?: string, limit = PAGE_SIZE) {
  return callApi(searchPostings, { query: { ...filters, cursor, limit } });
}

export function searchJobsQueryOptions(filters: JobFilters) {
  return infiniteQueryOptions({
    queryKey: ["job-search", "results", filters],
    queryFn: ({ pageParam }) => searchJobs(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useSearchJobs(filters: JobFilters) {
  return useInfiniteQuery({ ...searchJobsQueryOptions(filters), placeholderData: keepPreviousData });
}

/**
 * The facets of a search with some filters changed: how many postings each choice of a filter
 * would give, the other filters staying as they are (the facets of the search itself only count
 * within its own choice). One posting is enough: only the counts are wanted.
 */
export function useFacetsOf(filters: JobFilters, enabled: boolean) {
  const { sort: _sort, ...counted } = filters;
  return useQuery({
    queryKey: ["job-search", "facets", counted],
    queryFn: () => searchJobs(counted, undefined, 1),
    select: (page) => page.facets,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
