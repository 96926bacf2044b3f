import { listOrganisations } from "@jiuye/contract/organisations";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type OrganisationFilters = Pick<
  NonNullable<CallOptions<typeof listOrganisations>["query"]>,
  "kind" | "q"
>;

/** One page of the employers and agencies within the caller's jurisdiction. */
export function getOrganisationsPage(filters: OrganisationFilters, cursor?: string) {
  return callApi(listOrganisations, { query: { ...filters, cursor, limit: 50 } });
}

export function getOrganisationsQueryOptions(filters: OrganisationFilters) {
  return infiniteQueryOptions({
    queryKey: ["organisations", filters],
    queryFn: ({ pageParam }) => getOrganisationsPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useOrganisations(filters: OrganisationFilters) {
  return useInfiniteQuery(getOrganisationsQueryOptions(filters));
}
