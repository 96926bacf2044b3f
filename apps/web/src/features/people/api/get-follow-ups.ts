import { listFollowUps } from "@jiuye/contract/people-follow-up";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type FollowUpFilters = Omit<
  NonNullable<CallOptions<typeof listFollowUps>["query"]>,
  "cursor" | "limit"
>;

/** One page of the follow-ups due (within some days) and overdue in the caller's jurisdiction, most overdue first. */
export function getFollowUps(filters: FollowUpFilters, cursor?: string) {
  return callApi(listFollowUps, { query: { ...filters, cursor, limit: 50 } });
}

export function getFollowUpsQueryOptions(filters: FollowUpFilters) {
  return infiniteQueryOptions({
    queryKey: ["people", "follow-ups", filters],
    queryFn: ({ pageParam }) => getFollowUps(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useFollowUps(filters: FollowUpFilters) {
  return useInfiniteQuery(getFollowUpsQueryOptions(filters));
}
