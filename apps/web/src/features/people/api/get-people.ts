import { listPeople } from "@jiuye/contract/people";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type PeopleFilters = Omit<NonNullable<CallOptions<typeof listPeople>["query"]>, "cursor" | "limit">;

/** One page of the people living in the caller's jurisdiction (or a region inside it), by name. */
export function getPeople(filters: PeopleFilters, cursor?: string) {
  return callApi(listPeople, { query: { ...filters, cursor, limit: 50 } });
}

export function getPeopleQueryOptions(filters: PeopleFilters) {
  return infiniteQueryOptions({
    queryKey: ["people", "list", filters],
    queryFn: ({ pageParam }) => getPeople(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function usePeople(filters: PeopleFilters) {
  return useInfiniteQuery(getPeopleQueryOptions(filters));
}
