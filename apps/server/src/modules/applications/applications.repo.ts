import { type Insertable, type Kysely, sql, type Updateable } from "kysely";
import { inSubtree } from "../../db/fragments.ts";
import type {
  ApplicationEventTable,
  ApplicationStatus,
  ApplicationTable,
  Database,
  InvitationTable,
  PlacementTable,
} from "../../db/types.ts";

/** A keyset position in a newest-first list. */
export interface Before {
  createdAt: Date;
  id: string;
}

function olderThan(alias: "a" | "i", before: Before) {
  return sql<boolean>`(${sql.ref(`${alias}.created_at`)}, ${sql.ref(`${alias}.id`)}) < (${before.createdAt}::timestamptz, ${before.id}::uuid)`;
}

/** An application with its posting's title, employer and region, and the applicant's record. */
export function applicationDetails(db: Kysely<Database>) {
  return db
    .selectFrom("applications as a")
    .innerJoin("job_postings as p", "p.id", "a.posting_id")
    .innerJoin("organisations as e", "e.id", "p.employer_id")
    .innerJoin("regions as pr", "pr.code", "p.region_code")
    .innerJoin("people as pe", "pe.id", "a.person_id")
    .innerJoin("regions as r", "r.code", "pe.region_code")
    .select([
      "a.id",
      "a.posting_id",
      "a.person_id",
      "a.status",
      "a.origin",
      "a.note",
      "a.created_at",
      "a.updated_at",
      "p.title as posting_title",
      "p.employer_id",
      "p.employment_type",
      "e.name as employer_name",
      "pr.name as posting_region_name",
      "pr.path as posting_region_path",
      "pe.user_id",
      "pe.name as person_name",
      "pe.birth_date",
      "pe.education",
      "pe.skills",
      "pe.phone_enc",
      "pe.region_code as person_region_code",
      "r.name as person_region_name",
    ]);
}

export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

export async function findApplication(db: Kysely<Database>, id: string) {
  return applicationDetails(db).where("a.id", "=", id).executeTakeFirst();
}

export async function findApplicationFor(db: Kysely<Database>, postingId: string, personId: string) {
  return applicationDetails(db)
    .where("a.posting_id", "=", postingId)
    .where("a.person_id", "=", personId)
    .executeTakeFirst();
}

/** The applications of a seeker's account, a posting or an employer, newest first, keyset-paged. */
export async function findApplications(
  db: Kysely<Database>,
  filter: {
    userId?: string;
    postingId?: string;
    employerId?: string;
    status?: ApplicationStatus;
    before?: Before;
    limit: number;
  },
) {
  let query = applicationDetails(db)
    .orderBy("a.created_at", "desc")
    .orderBy("a.id", "desc")
    .limit(filter.limit);
  if (filter.userId) query = query.where("pe.user_id", "=", filter.userId);
  if (filter.postingId) query = query.where("a.posting_id", "=", filter.postingId);
  if (filter.employerId) query = query.where("p.employer_id", "=", filter.employerId);
  if (filter.status) query = query.where("a.status", "=", filter.status);
  if (filter.before) query = query.where(olderThan("a", filter.before));
  return query.execute();
}

/** How many applications an employer's postings have in each status. */
export async function countApplicationsByStatus(db: Kysely<Database>, employerId: string) {
  return db
    .selectFrom("applications as a")
    .innerJoin("job_postings as p", "p.id", "a.posting_id")
    .select(["a.status", (eb) => eb.fn.countAll<string>().as("n")])
    .where("p.employer_id", "=", employerId)
    .groupBy("a.status")
    .execute();
}

/** Inserts an application; undefined when the person has one for the posting already. */
export async function insertApplication(db: Kysely<Database>, values: Insertable<ApplicationTable>) {
  const row = await db
    .insertInto("applications")
    .values(values)
    .onConflict((oc) => oc.columns(["posting_id", "person_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

export async function updateApplication(
  db: Kysely<Database>,
  id: string,
  values: Updateable<ApplicationTable>,
) {
  await db.updateTable("applications").set(values).where("id", "=", id).execute();
}

export async function insertApplicationEvents(
  db: Kysely<Database>,
  rows: Insertable<ApplicationEventTable>[],
) {
  if (rows.length > 0) await db.insertInto("application_events").values(rows).execute();
}

export async function findApplicationEvents(db: Kysely<Database>, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .selectFrom("application_events")
    .selectAll()
    .where("application_id", "in", applicationIds)
    .orderBy("id")
    .execute();
}

/** Submitted applications among these become viewed, each with its event, in one statement. */
export async function markViewed(
  db: Kysely<Database>,
  opts: { ids: string[]; now: Date; actorId: string; actorName: string },
): Promise<string[]> {
  if (opts.ids.length === 0) return [];
  const rows = await db
    .with("viewed", (qb) =>
      qb
        .updateTable("applications")
        .set({ status: "viewed", updated_at: opts.now })
        .where("id", "in", opts.ids)
        .where("status", "=", "submitted")
        .returning("id"),
    )
    .insertInto("application_events")
    .columns(["application_id", "from_status", "to_status", "at", "actor_id", "actor_name"])
    .expression((eb) =>
      eb
        .selectFrom("viewed")
        .select([
          "viewed.id",
          sql<ApplicationStatus>`'submitted'`.as("from_status"),
          sql<ApplicationStatus>`'viewed'`.as("to_status"),
          sql<Date>`${opts.now}::timestamptz`.as("at"),
          sql<string>`${opts.actorId}::uuid`.as("actor_id"),
          sql<string>`${opts.actorName}::text`.as("actor_name"),
        ]),
    )
    .returning("application_id")
    .execute();
  return rows.map((r) => r.application_id);
}

/** The certificates of several people, for the applicants' cards. */
export async function findCertificatesOf(db: Kysely<Database>, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom("person_certificates")
    .select(["person_id", "kind", "name", "level"])
    .where("person_id", "in", personIds)
    .orderBy("person_id")
    .orderBy("seq")
    .execute();
}

/** An invitation with its posting's title, employer and region, and the invited person's account. */
function invitationDetails(db: Kysely<Database>) {
  return db
    .selectFrom("invitations as i")
    .innerJoin("job_postings as p", "p.id", "i.posting_id")
    .innerJoin("organisations as e", "e.id", "p.employer_id")
    .innerJoin("regions as pr", "pr.code", "p.region_code")
    .innerJoin("people as pe", "pe.id", "i.person_id")
    .select([
      "i.id",
      "i.posting_id",
      "i.person_id",
      "i.created_at",
      "i.answered_at",
      "i.answer",
      "p.title as posting_title",
      "e.name as employer_name",
      "pr.name as posting_region_name",
      "pe.user_id",
    ]);
}

export type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

export async function findInvitation(
  db: Kysely<Database>,
  by: { id: string } | { postingId: string; personId: string },
) {
  const query = invitationDetails(db);
  return (
    "id" in by
      ? query.where("i.id", "=", by.id)
      : query.where("i.posting_id", "=", by.postingId).where("i.person_id", "=", by.personId)
  ).executeTakeFirst();
}

/** The invitations of a seeker's account, newest first, keyset-paged. */
export async function findInvitations(
  db: Kysely<Database>,
  filter: { userId: string; before?: Before; limit: number },
) {
  let query = invitationDetails(db)
    .where("pe.user_id", "=", filter.userId)
    .orderBy("i.created_at", "desc")
    .orderBy("i.id", "desc")
    .limit(filter.limit);
  if (filter.before) query = query.where(olderThan("i", filter.before));
  return query.execute();
}

/** Inserts an invitation; undefined when the person was invited to the posting already. */
export async function insertInvitation(db: Kysely<Database>, values: Insertable<InvitationTable>) {
  const row = await db
    .insertInto("invitations")
    .values(values)
    .onConflict((oc) => oc.columns(["posting_id", "person_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** Answers the person's open invitation to a posting, if there is one. */
export async function answerOpenInvitation(
  db: Kysely<Database>,
  opts: { postingId: string; personId: string; answer: "accepted" | "declined"; now: Date },
) {
  await db
    .updateTable("invitations")
    .set({ answer: opts.answer, answered_at: opts.now })
    .where("posting_id", "=", opts.postingId)
    .where("person_id", "=", opts.personId)
    .where("answer", "is", null)
    .execute();
}

export async function insertPlacement(db: Kysely<Database>, values: Insertable<PlacementTable>) {
  await db.insertInto("placements").values(values).execute();
}

/** Confirmed hires of people living in a region's subtree, placed between two days (inclusive). */
export async function countPlacements(
  db: Kysely<Database>,
  filter: { regionPath: string; from: string; to: string; of?: "registered_unemployed" | "hardship" },
): Promise<number> {
  let query = db
    .selectFrom("placements as pl")
    .innerJoin("regions as r", "r.code", "pl.region_code")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where(inSubtree("r.path", filter.regionPath))
    .where("pl.placed_on", ">=", filter.from)
    .where("pl.placed_on", "<=", filter.to);
  if (filter.of) query = query.where(`pl.${filter.of}`, "=", true);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
