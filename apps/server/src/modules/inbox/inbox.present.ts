import type { InboxMessage } from "@jiuye/contract/inbox";
import type { InboxMessageRow } from "./inbox.repo.ts";

export function presentMessage(row: InboxMessageRow): InboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    postingIds: row.posting_ids,
    link: row.link,
    unsubscribeLink: row.unsubscribe_link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
