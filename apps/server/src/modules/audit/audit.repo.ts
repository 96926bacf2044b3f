import type { Insertable, Kysely } from "kysely";
import { inSubtree } from "../../db/fragments.ts";
import type { AuditLogTable, Database } from "../../db/types.ts";

export type NewAuditEntry = Insertable<AuditLogTable>;

/** Appends one entry; the table refuses updates and deletes. */
export async function insertAuditEntry(db: Kysely<Database>, entry: NewAuditEntry): Promise<void> {
  await db.insertInto("audit_log").values(entry).execute();
}

export interface AuditFilter {
  /** Entries by actors within this jurisdiction; null: all entries (top-level administrators). */
  regionPath: string | null;
  actor?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  from?: Date;
  to?: Date;
  /** Entries older than this (at, id) pair. */
  before?: { at: Date; id: string };
  limit: number;
}

export async function findAuditEntries(db: Kysely<Database>, filter: AuditFilter) {
  let query = db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(filter.limit);
  if (filter.regionPath !== null) query = query.where(inSubtree("actor_region_path", filter.regionPath));
  if (filter.actor) query = query.where("actor_name", "=", filter.actor);
  if (filter.action) {
    query = filter.action.endsWith(".")
      ? query.where("action", "like", `${filter.action.replace(/[\\%_]/g, "\\$&")}%`)
      : query.where("action", "=", filter.action);
  }
  if (filter.recordType) query = query.where("record_type", "=", filter.recordType);
  if (filter.recordId) query = query.where("record_id", "=", filter.recordId);
  if (filter.from) query = query.where("at", ">=", filter.from);
  if (filter.to) query = query.where("at", "<", filter.to);
  const before = filter.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([eb("at", "<", before.at), eb.and([eb("at", "=", before.at), eb("id", "<", before.id)])]),
    );
  }
  return query.execute();
}

export async function countAuditEntriesSince(db: Kysely<Database>, since: Date): Promise<number> {
  const row = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("at", ">=", since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findRecentActivity(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom("audit_log")
    .select(["at", "action", "actor_name"])
    .where("outcome", "=", "ok")
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
