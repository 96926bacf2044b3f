import { listOwnApplications } from "@jiuye/contract/applications";
import { infiniteQueryOptions, type QueryClient, useInfiniteQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export const ownApplicationsQueryKey = ["applications", "own"] as const;

/** One page of one's own applications, newest first, each with its history. */
export function getOwnApplications(cursor?: string) {
  return callApi(listOwnApplications, { query: { cursor, limit: 50 } });
}

export function getOwnApplicationsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ownApplicationsQueryKey,
    queryFn: ({ pageParam }) => getOwnApplications(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useOwnApplications(enabled = true) {
  return useInfiniteQuery({ ...getOwnApplicationsQueryOptions(), enabled });
}

/** After one of one's applications changed (applied, withdrawn, invitation accepted): the lists that show it. */
export function ownApplicationsChanged(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ownApplicationsQueryKey });
}
