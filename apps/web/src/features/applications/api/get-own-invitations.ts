import { listOwnInvitations } from "@jiuye/contract/applications";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export const ownInvitationsQueryKey = ["applications", "invitations"] as const;

/** One page of the invitations to apply that employers sent one, newest first. */
export function getOwnInvitations(cursor?: string) {
  return callApi(listOwnInvitations, { query: { cursor, limit: 50 } });
}

export function getOwnInvitationsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ownInvitationsQueryKey,
    queryFn: ({ pageParam }) => getOwnInvitations(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useOwnInvitations() {
  return useInfiniteQuery(getOwnInvitationsQueryOptions());
}
