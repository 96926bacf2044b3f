import { type InboxMessage, type listInbox, readInboxMessage } from "@jiuye/contract/inbox";
import type { RouteResponse } from "@jiuye/contract/route";
import { type InfiniteData, useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import { inboxQueryKey } from "./get-inbox.ts";

type InboxPage = RouteResponse<typeof listInbox>;

/** Marks one of one's messages as read. */
export function readMessage(id: string) {
  return callApi(readInboxMessage, { params: { id } });
}

/** The loaded pages with one message read: it stays where it is (also in the unread view) until reloaded. */
function withRead(data: InfiniteData<InboxPage> | undefined, message: InboxMessage) {
  if (!data) return data;
  const wasUnread = data.pages.some((page) =>
    page.items.some((item) => item.id === message.id && item.readAt === null),
  );
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      unread: wasUnread ? Math.max(0, page.unread - 1) : page.unread,
      items: page.items.map((item) => (item.id === message.id ? message : item)),
    })),
  };
}

export function useReadMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: readMessage,
    onSuccess: ({ message }) => {
      queryClient.setQueriesData<InfiniteData<InboxPage>>({ queryKey: [...inboxQueryKey, "list"] }, (data) =>
        withRead(data, message),
      );
      return queryClient.invalidateQueries({ queryKey: [...inboxQueryKey, "unread"] });
    },
  });
}
