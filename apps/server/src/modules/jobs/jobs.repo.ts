import { type Expression, type Insertable, type Kysely, sql, type Updateable } from "kysely";
import { inSubtree } from "../../db/fragments.ts";
import type {
  Database,
  JobPostingEventTable,
  JobPostingSourceTable,
  JobPostingTable,
  PostingStatus,
} from "../../db/types.ts";

export type NewPostingRow = Insertable<JobPostingTable>;

/**
 * The search vector of a segmented document; title words rank above the rest; filter tokens as they
 * are. Each part is a value, or a column when rows are written in bulk from a staging table.
 */
export function searchVector(doc: {
  title: string | Expression<string>;
  body: string | Expression<string>;
  filters: string[] | Expression<string[]>;
}) {
  return sql`setweight(to_tsvector('simple', ${doc.title}), 'A') || to_tsvector('simple', ${doc.body}) || array_to_tsvector(${doc.filters}::text[])`;
}

/** Everything a posting page shows, with the names of what it refers to. */
export function postingDetails(db: Kysely<Database>) {
  return db
    .selectFrom("job_postings as p")
    .innerJoin("organisations as e", "e.id", "p.employer_id")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .leftJoin("occupations as o", "o.code", "p.occupation_code")
    .leftJoin("industries as i", "i.code", "p.industry_code")
    .select([
      "p.id",
      "p.title",
      "p.description",
      "p.requirements",
      "p.employer_id",
      "e.name as employer_name",
      "e.credit_code as employer_credit_code",
      "e.verified as employer_verified",
      "p.occupation_code",
      "p.occupation_suggested",
      "o.name as occupation_name",
      "p.industry_code",
      "i.name as industry_name",
      "p.region_code",
      "r.name as region_name",
      "r.path as region_path",
      "p.address",
      "p.latitude",
      "p.longitude",
      "p.headcount",
      "p.salary_min",
      "p.salary_max",
      "p.salary_unit",
      "p.employment_type",
      "p.education",
      "p.experience_years",
      "p.benefits",
      "p.valid_until",
      "p.how_to_apply",
      "p.status",
      "p.findings",
      "p.review_note",
      "p.cluster_id",
      "p.first_seen",
      "p.last_seen",
      "p.published_at",
      "p.created_at",
      "p.updated_at",
    ]);
}

export type PostingRow = Awaited<ReturnType<ReturnType<typeof postingDetails>["executeTakeFirstOrThrow"]>>;

export async function findPostingById(db: Kysely<Database>, id: string): Promise<PostingRow | undefined> {
  return postingDetails(db).where("p.id", "=", id).executeTakeFirst();
}

export async function findSources(db: Kysely<Database>, postingIds: string[]) {
  if (postingIds.length === 0) return [];
  return db
    .selectFrom("job_posting_sources")
    .selectAll()
    .where("posting_id", "in", postingIds)
    .orderBy("first_seen")
    .execute();
}

export async function findEvents(db: Kysely<Database>, postingIds: string[]) {
  if (postingIds.length === 0) return [];
  return db
    .selectFrom("job_posting_events")
    .selectAll()
    .where("posting_id", "in", postingIds)
    .orderBy("id")
    .execute();
}

/** Other published postings in the same near-duplicate clusters, with the source they came from. */
export async function findClusterMates(
  db: Kysely<Database>,
  clusters: { postingId: string; clusterId: string }[],
) {
  if (clusters.length === 0) return [];
  return db
    .selectFrom("job_postings as p")
    .innerJoin("organisations as e", "e.id", "p.employer_id")
    .innerJoin("job_posting_sources as s", "s.posting_id", "p.id")
    .select(["p.id", "p.cluster_id", "e.name as employer_name", "s.source"])
    .where(
      "p.cluster_id",
      "in",
      clusters.map((c) => c.clusterId),
    )
    .where("p.status", "=", "published")
    .orderBy("p.first_seen")
    .execute();
}

export async function findSourceRows(db: Kysely<Database>, source: string, sourceIds: string[]) {
  if (sourceIds.length === 0) return [];
  return db
    .selectFrom("job_posting_sources")
    .select(["source_id", "posting_id", "content_hash"])
    .where("source", "=", source)
    .where("source_id", "in", sourceIds)
    .execute();
}

export async function findPostingsByMergeKey(db: Kysely<Database>, keys: string[]) {
  if (keys.length === 0) return [];
  return db
    .selectFrom("job_postings")
    .select(["id", "merge_key", "status"])
    .where("merge_key", "in", keys)
    .execute();
}

export async function insertPostings(db: Kysely<Database>, rows: NewPostingRow[]) {
  if (rows.length === 0) return;
  await db.insertInto("job_postings").values(rows).execute();
}

/** The MinHash signatures postings are filed under now. */
export async function findMinhashes(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("job_postings")
    .select(["id", "minhash"])
    .where(sql<boolean>`id = any(${ids}::uuid[])`)
    .execute();
}

export async function updatePostingRow(
  db: Kysely<Database>,
  id: string,
  values: Updateable<JobPostingTable>,
) {
  await db.updateTable("job_postings").set(values).where("id", "=", id).execute();
}

export async function upsertSourceRows(db: Kysely<Database>, rows: Insertable<JobPostingSourceTable>[]) {
  if (rows.length === 0) return;
  await db
    .insertInto("job_posting_sources")
    .values(rows)
    .onConflict((oc) =>
      oc.columns(["source", "source_id"]).doUpdateSet((eb) => ({
        posting_id: eb.ref("excluded.posting_id"),
        content_hash: eb.ref("excluded.content_hash"),
        last_seen: eb.ref("excluded.last_seen"),
      })),
    )
    .execute();
}

/** Marks sources and their postings as seen now (an unchanged re-send). */
export async function touchSources(db: Kysely<Database>, source: string, sourceIds: string[], now: Date) {
  if (sourceIds.length === 0) return;
  const touched = await db
    .updateTable("job_posting_sources")
    .set({ last_seen: now })
    .where("source", "=", source)
    .where("source_id", "in", sourceIds)
    .returning("posting_id")
    .execute();
  await db
    .updateTable("job_postings")
    .set({ last_seen: now })
    .where(
      "id",
      "in",
      touched.map((t) => t.posting_id),
    )
    .execute();
}

export async function insertEvents(db: Kysely<Database>, rows: Insertable<JobPostingEventTable>[]) {
  if (rows.length > 0) await db.insertInto("job_posting_events").values(rows).execute();
}

export async function setStatus(
  db: Kysely<Database>,
  id: string,
  values: {
    status: PostingStatus;
    now: Date;
    reviewedBy?: string | null;
    note?: string | null;
    publish?: boolean;
  },
) {
  await db
    .updateTable("job_postings")
    .set({
      status: values.status,
      updated_at: values.now,
      ...(values.reviewedBy !== undefined ? { reviewed_by: values.reviewedBy, reviewed_at: values.now } : {}),
      ...(values.note !== undefined ? { review_note: values.note } : {}),
      ...(values.publish ? { published_at: values.now } : {}),
    })
    .where("id", "=", id)
    .execute();
}

/** Postings an employer owns or in a region subtree, newest change first, keyset-paged. */
export async function findManagedPostings(
  db: Kysely<Database>,
  filter: {
    employerId?: string;
    regionPath?: string;
    status?: PostingStatus;
    before?: { updatedAt: Date; id: string };
    limit: number;
  },
) {
  let query = postingDetails(db).orderBy("p.updated_at", "desc").orderBy("p.id", "desc").limit(filter.limit);
  if (filter.employerId) query = query.where("p.employer_id", "=", filter.employerId);
  if (filter.regionPath) query = query.where(inSubtree("r.path", filter.regionPath));
  if (filter.status) query = query.where("p.status", "=", filter.status);
  const before = filter.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb("p.updated_at", "<", before.updatedAt),
        eb.and([eb("p.updated_at", "=", before.updatedAt), eb("p.id", "<", before.id)]),
      ]),
    );
  }
  return query.execute();
}

/** Published postings past their valid-until date, or whose every source stopped sending, become expired. */
export async function expireStalePostings(db: Kysely<Database>, today: string, now: Date) {
  return db
    .updateTable("job_postings")
    .set({ status: "expired", updated_at: now })
    .where("status", "=", "published")
    .where((eb) =>
      eb.or([
        eb("valid_until", "<", today),
        eb(
          "id",
          "in",
          eb
            .selectFrom("job_posting_sources as s")
            .leftJoin("feed_sources as f", "f.name", "s.source")
            .select("s.posting_id")
            .groupBy("s.posting_id")
            // Only feeds go stale: a posting that also came by hand or file stays until its date.
            .having(
              sql<boolean>`bool_and(f.name is not null and s.last_seen < ${now}::timestamptz - make_interval(days => f.refresh_days))`,
            ),
        ),
      ]),
    )
    .returning(["id", "status"])
    .execute();
}
