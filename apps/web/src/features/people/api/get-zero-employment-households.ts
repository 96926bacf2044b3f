import { listZeroEmploymentHouseholds } from "@jiuye/contract/people";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** One page of the 零就业家庭 in the caller's jurisdiction, with their members. */
export function getZeroEmploymentHouseholds(cursor?: string) {
  return callApi(listZeroEmploymentHouseholds, { query: { cursor, limit: 50 } });
}

export function getZeroEmploymentHouseholdsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ["people", "zero-employment"],
    queryFn: ({ pageParam }) => getZeroEmploymentHouseholds(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useZeroEmploymentHouseholds() {
  return useInfiniteQuery(getZeroEmploymentHouseholdsQueryOptions());
}
