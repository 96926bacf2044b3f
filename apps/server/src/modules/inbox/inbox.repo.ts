import type { Insertable, Kysely } from "kysely";
import type { Database, InboxMessageTable } from "../../db/types.ts";

export type InboxMessageRow = Awaited<ReturnType<typeof findMessages>>[number];

/** Adds a message; one whose dedupe key the user already has is dropped. */
export async function insertMessage(db: Kysely<Database>, values: Insertable<InboxMessageTable>) {
  await db
    .insertInto("inbox_messages")
    .values(values)
    .onConflict((oc) => oc.columns(["user_id", "dedupe_key"]).doNothing())
    .execute();
}

/** A user's messages, newest first, keyset-paged by (created_at, id). */
export async function findMessages(
  db: Kysely<Database>,
  filter: { userId: string; unreadOnly: boolean; before?: { createdAt: Date; id: string }; limit: number },
) {
  let query = db
    .selectFrom("inbox_messages")
    .selectAll()
    .where("user_id", "=", filter.userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit);
  if (filter.unreadOnly) query = query.where("read_at", "is", null);
  const before = filter.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb("created_at", "<", before.createdAt),
        eb.and([eb("created_at", "=", before.createdAt), eb("id", "<", before.id)]),
      ]),
    );
  }
  return query.execute();
}

export async function countUnread(db: Kysely<Database>, userId: string): Promise<number> {
  const { n } = await db
    .selectFrom("inbox_messages")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Marks one of a user's messages read (the first reading stays); undefined when it is not theirs. */
export async function markMessageRead(db: Kysely<Database>, opts: { id: string; userId: string; now: Date }) {
  return db
    .updateTable("inbox_messages")
    .set((eb) => ({ read_at: eb.fn.coalesce("read_at", eb.val(opts.now)) }))
    .where("id", "=", opts.id)
    .where("user_id", "=", opts.userId)
    .returningAll()
    .executeTakeFirst();
}
