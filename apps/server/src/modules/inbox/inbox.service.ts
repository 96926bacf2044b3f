import type { Kysely } from "kysely";
import type { Database, InboxKind } from "../../db/types.ts";
import { AppError } from "../../lib/errors.ts";
import { type InboxMessageRow, insertMessage, markMessageRead } from "./inbox.repo.ts";

/** A message to one account, before a channel delivers it. */
export interface OutgoingMessage {
  userId: string;
  kind: InboxKind;
  title: string;
  body: string;
  postingIds?: string[];
  /** A page of the web app to open. */
  link?: string | null;
  /** A page of the web app that turns such messages off without logging in (pushes carry one). */
  unsubscribeLink?: string | null;
  /** A message with the same key reaches a user once. */
  dedupeKey?: string | null;
  createdAt: Date;
}

/** A way of reaching people: the in-app inbox now; SMS or WeChat later, beside it. */
export interface Channel {
  name: string;
  deliver(db: Kysely<Database>, message: OutgoingMessage): Promise<void>;
}

/** Writes the message into the account's inbox, in the caller's transaction. */
export const inAppChannel: Channel = {
  name: "in_app",
  deliver: (db, message) =>
    insertMessage(db, {
      user_id: message.userId,
      kind: message.kind,
      title: message.title,
      body: message.body,
      posting_ids: message.postingIds ?? [],
      link: message.link ?? null,
      unsubscribe_link: message.unsubscribeLink ?? null,
      created_at: message.createdAt,
      channel: "in_app",
      dedupe_key: message.dedupeKey ?? null,
    }),
};

/** The channels that reach seekers today. */
export const SEEKER_CHANNELS: readonly Channel[] = [inAppChannel];

/** Delivers a message through each channel in turn; other modules tell people things through this. */
export async function deliverMessage(
  db: Kysely<Database>,
  channels: readonly Channel[],
  message: OutgoingMessage,
): Promise<void> {
  for (const channel of channels) await channel.deliver(db, message);
}

/** Marks one of the caller's own messages read; others' messages do not exist for them. */
export async function readMessage(
  db: Kysely<Database>,
  opts: { userId: string; id: string; now: Date },
): Promise<InboxMessageRow> {
  const row = await markMessageRead(db, opts);
  if (!row) throw new AppError("INBOX_NOT_FOUND", "No such message in your inbox");
  return row;
}
