import { listInbox } from "@jiuye/contract/inbox";
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export const inboxQueryKey = ["inbox"] as const;

/** One page of one's inbox, newest first, with the number of unread messages. */
export function getInbox(unreadOnly: boolean, cursor?: string) {
  return callApi(listInbox, { query: { unreadOnly: unreadOnly ? "true" : "false", cursor, limit: 30 } });
}

export function getInboxQueryOptions(unreadOnly: boolean) {
  return infiniteQueryOptions({
    queryKey: [...inboxQueryKey, "list", unreadOnly],
    queryFn: ({ pageParam }) => getInbox(unreadOnly, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useInbox(unreadOnly: boolean) {
  return useInfiniteQuery(getInboxQueryOptions(unreadOnly));
}

/** How many of one's messages are unread: asked again every minute while the site is open. */
export function getUnreadCountQueryOptions() {
  return queryOptions({
    queryKey: [...inboxQueryKey, "unread"],
    queryFn: async () => (await callApi(listInbox, { query: { unreadOnly: "true", limit: 1 } })).unread,
    refetchInterval: 60_000,
  });
}

export function useUnreadCount(enabled: boolean) {
  return useQuery({ ...getUnreadCountQueryOptions(), enabled });
}
