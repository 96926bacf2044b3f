import { type Expression, type Insertable, type Kysely, type SqlBool, sql, type Updateable } from "kysely";
import { inSubtree } from "../../db/fragments.ts";
import type {
  Database,
  EmploymentStatus,
  PushHeldTable,
  PushLogTable,
  PushRunTable,
  PushSettingsTable,
} from "../../db/types.ts";
import { matchPeople } from "../matching/matching.repo.ts";

export async function findSettings(db: Kysely<Database>, personId: string) {
  return db.selectFrom("push_settings").selectAll().where("person_id", "=", personId).executeTakeFirst();
}

export async function saveSettings(db: Kysely<Database>, values: Insertable<PushSettingsTable>) {
  const { person_id: _, ...changes } = values;
  await db
    .insertInto("push_settings")
    .values(values)
    .onConflict((oc) => oc.column("person_id").doUpdateSet(changes))
    .execute();
}

/** Looking for work, or graduating this year: the people the daily push is for. */
function activeSeeker(graduateYear: number): Expression<SqlBool> {
  return sql<boolean>`(p.status in ('unemployed', 'employed_flexible')
    or (p.status = 'studying' and p.graduate_year = ${graduateYear}))`;
}

/**
 * A batch of active seekers with an account and pushes on, in (region, id) order from `after`: what
 * matching reads, and their push settings (null: the defaults).
 */
export function activeSeekersQuery(
  db: Kysely<Database>,
  f: { graduateYear: number; after: { regionCode: string; id: string } | null; limit: number },
) {
  const after = f.after;
  return matchPeople(db)
    .leftJoin("push_settings as s", "s.person_id", "p.id")
    .select(["s.enabled", "s.daily_cap", "s.quiet_start", "s.quiet_end"])
    .where("p.user_id", "is not", null)
    .where(activeSeeker(f.graduateYear))
    .where(sql<boolean>`coalesce(s.enabled, true)`)
    .$if(after !== null, (q) =>
      q.where(sql<boolean>`(p.region_code, p.id) > (${after?.regionCode}, ${after?.id}::uuid)`),
    )
    .orderBy("p.region_code")
    .orderBy("p.id")
    .limit(f.limit);
}

export type ActiveSeekerRow = Awaited<ReturnType<ReturnType<typeof activeSeekersQuery>["execute"]>>[number];

/** Active seekers with an account who turned pushes off. */
export async function countUnsubscribedSeekers(db: Kysely<Database>, graduateYear: number) {
  const { n } = await db
    .selectFrom("people as p")
    .innerJoin("push_settings as s", "s.person_id", "p.id")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("p.user_id", "is not", null)
    .where(activeSeeker(graduateYear))
    .where("s.enabled", "=", false)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Per person: postings pushed on a day, and whether the daily push reached them that day. */
export async function findPushedOn(db: Kysely<Database>, personIds: string[], day: string) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom("push_log")
    .select((eb) => [
      "person_id",
      eb.fn.countAll<string>().as("postings"),
      sql<boolean>`bool_or(via = 'daily')`.as("daily"),
    ])
    .where(sql<boolean>`person_id = any(${personIds}::uuid[])`)
    .where("pushed_on", "=", day)
    .groupBy("person_id")
    .execute();
}

/** Which of these postings were pushed to which of these people before, as `person:posting`. */
export async function findPushedPairs(db: Kysely<Database>, personIds: string[], postingIds: string[]) {
  if (personIds.length === 0 || postingIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom("push_log")
    .select(["person_id", "posting_id"])
    .where(sql<boolean>`person_id = any(${personIds}::uuid[])`)
    .where(sql<boolean>`posting_id = any(${postingIds}::uuid[])`)
    .execute();
  return new Set(rows.map((r) => `${r.person_id}:${r.posting_id}`));
}

export async function insertPushLog(db: Kysely<Database>, rows: Insertable<PushLogTable>[]) {
  if (rows.length > 0) await db.insertInto("push_log").values(rows).execute();
}

export async function insertRun(db: Kysely<Database>, values: Insertable<PushRunTable>): Promise<string> {
  const row = await db.insertInto("push_runs").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRun(db: Kysely<Database>, id: string, values: Updateable<PushRunTable>) {
  await db.updateTable("push_runs").set(values).where("id", "=", id).execute();
}

/** Daily runs, and staff pushes to groups in a region subtree, newest first. */
export function pushRunsQuery(db: Kysely<Database>, f: { regionPath: string; limit: number }) {
  return db
    .selectFrom("push_runs as pr")
    .leftJoin("regions as r", "r.code", "pr.region_code")
    .leftJoin("users as u", "u.id", "pr.created_by")
    .selectAll("pr")
    .select("u.display_name as created_by_name")
    .where((eb) => eb.or([eb("pr.kind", "=", "daily"), inSubtree("r.path", f.regionPath)]))
    .orderBy("pr.started_at", "desc")
    .orderBy("pr.id", "desc")
    .limit(f.limit);
}

export type PushRunRow = Awaited<ReturnType<ReturnType<typeof pushRunsQuery>["execute"]>>[number];

/** Published postings as a pushed message names them. */
export async function findPushPostings(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("job_postings as p")
    .innerJoin("organisations as e", "e.id", "p.employer_id")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .select([
      "p.id",
      "p.title",
      "p.status",
      "p.valid_until",
      "e.name as employer_name",
      "r.name as region_name",
    ])
    .where(sql<boolean>`p.id = any(${ids}::uuid[])`)
    .execute();
}

/** What a staff push selects people by; unset conditions do not narrow. */
export interface GroupSelection {
  regionPath: string;
  status?: EmploymentStatus;
  graduateYear?: number;
  registeredUnemployed?: boolean;
  hardship?: boolean;
  disabled?: boolean;
  veteran?: boolean;
  ruralWorker?: boolean;
  lowIncome?: boolean;
}

/** People living in the region subtree with a seeker account and every given condition, with their settings. */
export function groupMembersQuery(db: Kysely<Database>, f: GroupSelection) {
  const flags = [
    ["p.registered_unemployed", f.registeredUnemployed],
    ["p.disabled", f.disabled],
    ["p.veteran", f.veteran],
    ["p.rural_worker", f.ruralWorker],
    ["p.low_income", f.lowIncome],
  ] as const;
  return db
    .selectFrom("people as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .leftJoin("push_settings as s", "s.person_id", "p.id")
    .select(["p.id", "p.user_id", "s.enabled", "s.daily_cap", "s.quiet_start", "s.quiet_end"])
    .where("p.user_id", "is not", null)
    .where(inSubtree("r.path", f.regionPath))
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [];
      if (f.status !== undefined) conditions.push(eb("p.status", "=", f.status));
      if (f.graduateYear !== undefined) conditions.push(eb("p.graduate_year", "=", f.graduateYear));
      if (f.hardship !== undefined)
        conditions.push(eb("p.hardship_category", f.hardship ? "is not" : "is", null));
      for (const [column, wanted] of flags)
        if (wanted !== undefined) conditions.push(eb(column, "=", wanted));
      return eb.and(conditions);
    })
    .orderBy("p.id");
}

export async function insertHeld(db: Kysely<Database>, values: Insertable<PushHeldTable>) {
  await db
    .insertInto("push_held")
    .values(values)
    .onConflict((oc) => oc.columns(["user_id", "dedupe_key"]).doNothing())
    .execute();
}

/** Held messages whose quiet hours have ended, oldest first, with whether pushes are still on. */
export async function findDueHeld(db: Kysely<Database>, now: Date, limit: number) {
  return db
    .selectFrom("push_held as h")
    .leftJoin("push_settings as s", "s.person_id", "h.person_id")
    .selectAll("h")
    .select(sql<boolean>`coalesce(s.enabled, true)`.as("enabled"))
    .where("h.deliver_after", "<=", now)
    .orderBy("h.deliver_after")
    .orderBy("h.id")
    .limit(limit)
    .execute();
}

export async function deleteHeld(db: Kysely<Database>, ids: string[]) {
  if (ids.length > 0)
    await db.deleteFrom("push_held").where(sql<boolean>`id = any(${ids}::uuid[])`).execute();
}
