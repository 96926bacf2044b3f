import { z } from "zod";
import { cursorPageQuery } from "./common.ts";
import { defineRoute } from "./route.ts";

/** The in-app inbox every account has: matches, group pushes, application news and invitations. */

export const INBOX_KINDS = ["match", "group_push", "application", "invitation"] as const;

export const inboxMessageSchema = z.object({
  id: z.string(),
  kind: z.enum(INBOX_KINDS),
  title: z.string(),
  body: z.string(),
  /** The postings the message is about, if any. */
  postingIds: z.array(z.string()),
  /** A page of the web app to open, if any. */
  link: z.string().nullable(),
  /** A page of the web app that turns such messages off without logging in (pushes carry one). */
  unsubscribeLink: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type InboxMessage = z.infer<typeof inboxMessageSchema>;

export const listInbox = defineRoute({
  id: "inbox.list",
  method: "GET",
  path: "/v1/me/inbox",
  summary: "One's own inbox, newest first, with the number of unread messages",
  tags: ["inbox"],
  access: "authenticated",
  query: cursorPageQuery.extend({
    unreadOnly: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  }),
  response: z.object({
    items: z.array(inboxMessageSchema),
    unread: z.number().int(),
    nextCursor: z.string().nullable(),
  }),
});

export const readInboxMessage = defineRoute({
  id: "inbox.read",
  method: "POST",
  path: "/v1/me/inbox/:id/read",
  summary: "Mark one of one's own messages as read",
  tags: ["inbox"],
  access: "authenticated",
  params: z.object({ id: z.uuid() }),
  response: z.object({ message: inboxMessageSchema }),
});
