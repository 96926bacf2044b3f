import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { inSubtree } from "../../db/fragments.ts";
import type { Database } from "../../db/types.ts";

/**
 * What candidate postings are retrieved by before they are scored: in one of the places (filter
 * tokens), and of one of the occupations (filter tokens) or mentioning one of the words (segmented
 * tsquery text); null parts do not narrow.
 */
export interface PostingRetrieval {
  places: string | null;
  occupations: string | null;
  words: string | null;
  /** Postings paying at most this much less per month are left out (piece rates are kept). */
  payFloor: number | null;
  today: string;
  publishedSince: Date | null;
  cap: number;
}

/** Published, unexpired postings a group of people may match, newest first, with what scoring reads. */
export function candidatePostingsQuery(db: Kysely<Database>, f: PostingRetrieval) {
  const conditions: Expression<SqlBool>[] = [
    sql<boolean>`p.status = 'published'`,
    sql<boolean>`(p.valid_until is null or p.valid_until >= ${f.today})`,
  ];
  // Filter tokens are lexemes as they are (a cast); words go through the parser like the index's.
  const kinds = [
    f.occupations === null ? null : sql`${f.occupations}::tsquery`,
    f.words === null ? null : sql`to_tsquery('simple', ${f.words})`,
  ].filter((q) => q !== null);
  const parts = [
    f.places === null ? null : sql`${f.places}::tsquery`,
    kinds.length > 0 ? sql`(${sql.join(kinds, sql` || `)})` : null,
  ].filter((q) => q !== null);
  if (parts.length > 0) conditions.push(sql<boolean>`p.search_vector @@ (${sql.join(parts, sql` && `)})`);
  if (f.payFloor !== null)
    conditions.push(sql<boolean>`(p.monthly_pay >= ${f.payFloor} or p.salary_unit = 'piece')`);
  if (f.publishedSince) conditions.push(sql<boolean>`p.published_at >= ${f.publishedSince}`);
  return db
    .selectFrom("job_postings as p")
    .innerJoin("organisations as e", "e.id", "p.employer_id")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .select([
      "p.id",
      "p.title",
      "p.description",
      "p.requirements",
      "p.occupation_code",
      "p.region_code",
      "r.name as region_name",
      "p.latitude",
      "p.longitude",
      "p.salary_min",
      "p.salary_max",
      "p.salary_unit",
      "p.employment_type",
      "p.education",
      "p.experience_years",
      "p.valid_until",
      "p.published_at",
      "e.name as employer_name",
    ])
    .where((eb) => eb.and(conditions))
    .orderBy("p.published_at", "desc")
    .orderBy("p.id", "desc")
    .limit(f.cap);
}

export type CandidatePostingRow = Awaited<
  ReturnType<ReturnType<typeof candidatePostingsQuery>["execute"]>
>[number];

/** A posting with what scoring reads and who may see its candidates. */
export async function findPostingForMatching(db: Kysely<Database>, id: string) {
  return db
    .selectFrom("job_postings as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .select([
      "p.id",
      "p.status",
      "p.employer_id",
      "r.path as region_path",
      "p.title",
      "p.description",
      "p.requirements",
      "p.occupation_code",
      "p.region_code",
      "p.latitude",
      "p.longitude",
      "p.salary_min",
      "p.salary_max",
      "p.salary_unit",
      "p.employment_type",
      "p.education",
      "p.experience_years",
    ])
    .where("p.id", "=", id)
    .executeTakeFirst();
}

/** The registry fields matching reads; never numbers, household or key-group flags. */
export function matchPeople(db: Kysely<Database>) {
  return db
    .selectFrom("people as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .select([
      "p.id",
      "p.user_id",
      "p.name",
      "p.birth_date",
      "p.region_code",
      "r.name as region_name",
      "r.path as region_path",
      "p.latitude",
      "p.longitude",
      "p.education",
      "p.experience_years",
      "p.skills",
      "p.desired_occupations",
      "p.desired_region_codes",
      "p.desired_pay_min",
      "p.desired_employment_types",
      "p.desired_hours_per_week",
      "p.willing_elsewhere",
    ]);
}

export type MatchPersonRow = Awaited<ReturnType<ReturnType<typeof matchPeople>["execute"]>>[number];

export async function findMatchPerson(db: Kysely<Database>, by: { id: string } | { userId: string }) {
  const query = matchPeople(db);
  return (
    "id" in by ? query.where("p.id", "=", by.id) : query.where("p.user_id", "=", by.userId)
  ).executeTakeFirst();
}

/** What recommended people are retrieved by for a posting before they are scored. */
export interface PeopleRetrieval {
  /** The posting's prefecture: people living there. */
  prefecturePath: string;
  /** The posting's region and those above it: people who asked to work in one of them. */
  regionCodes: string[];
  /** Occupation condition (null: none): the posting's code and its 中类. */
  occupation: { code: string; medium: string } | null;
  /** LIKE patterns of the skills the posting asks, and their 大典 codes, for skills and certificates. */
  skillPatterns: string[];
  skillCodes: string[];
  cap: number;
}

/**
 * People who chose to be recommended and are looking for work, living near the posting or willing
 * or asking to work there, who want its kind of work (or any), or hold a skill it asks; the most
 * recently updated first.
 */
export function candidatePeopleQuery(db: Kysely<Database>, f: PeopleRetrieval) {
  const wants: Expression<SqlBool>[] = [sql<boolean>`cardinality(p.desired_occupations) = 0`];
  if (f.occupation) {
    const { code, medium } = f.occupation;
    wants.push(sql<boolean>`exists (select 1 from unnest(p.desired_occupations) d
      where d = ${medium} or d like ${`${medium}-%`} or ${code} like d || '-%')`);
  }
  if (f.skillPatterns.length > 0) {
    wants.push(
      sql<boolean>`exists (select 1 from unnest(p.skills) s where s ilike any(${f.skillPatterns}::text[]))`,
    );
    wants.push(sql<boolean>`exists (select 1 from person_certificates c where c.person_id = p.id
      and (c.name ilike any(${f.skillPatterns}::text[]) or c.occupation_code = any(${f.skillCodes}::text[])))`);
  }
  return (
    matchPeople(db)
      // Written as the partial index people_recommendable_idx is, so the planner can use it.
      .where(sql<boolean>`p.recommendable and p.status in ('unemployed', 'employed_flexible')`)
      .where((eb) =>
        eb.or([
          inSubtree("r.path", f.prefecturePath),
          eb("p.willing_elsewhere", "=", true),
          sql<boolean>`p.desired_region_codes && ${f.regionCodes}::text[]`,
        ]),
      )
      .where((eb) => eb.or(wants))
      .orderBy("p.updated_at", "desc")
      .orderBy("p.id")
      .limit(f.cap)
  );
}

/** Certificate names and 大典 codes of people, in their order. */
export async function findCertificates(db: Kysely<Database>, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom("person_certificates")
    .select(["person_id", "name", "occupation_code"])
    .where(sql<boolean>`person_id = any(${personIds}::uuid[])`)
    .orderBy("person_id")
    .orderBy("seq")
    .execute();
}
