import type { Insertable, Kysely, Updateable } from "kysely";
import { containsPattern, inSubtree } from "../../db/fragments.ts";
import type {
  CheckStage,
  Database,
  EmploymentStatus,
  PeopleAnonymisedTable,
  PeopleImportTable,
  PersonCertificateTable,
  PersonCheckEventTable,
  PersonContactTable,
  PersonStatusTable,
  PersonTable,
} from "../../db/types.ts";

/** A person with the names of their region, household and 就业困难人员 category. */
export function personDetails(db: Kysely<Database>) {
  return db
    .selectFrom("people as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .leftJoin("households as h", "h.id", "p.household_id")
    .leftJoin("hardship_categories as hc", "hc.code", "p.hardship_category")
    .selectAll("p")
    .select([
      "r.name as region_name",
      "r.path as region_path",
      "h.reference as household_reference",
      "h.region_code as household_region_code",
      "hc.name as hardship_category_name",
    ]);
}

export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPersonById>>>;

export async function findPersonById(db: Kysely<Database>, id: string) {
  return personDetails(db).where("p.id", "=", id).executeTakeFirst();
}

export async function findPersonByUserId(db: Kysely<Database>, userId: string) {
  return personDetails(db).where("p.user_id", "=", userId).executeTakeFirst();
}

export async function findPersonByIdNumberHash(db: Kysely<Database>, hash: string) {
  return personDetails(db).where("p.id_number_hash", "=", hash).executeTakeFirst();
}

/** People in a jurisdiction with this identity-number or phone hash. */
export async function findPeopleByHash(
  db: Kysely<Database>,
  filter: { column: "id_number_hash" | "phone_hash"; hash: string; regionPath: string },
) {
  return personDetails(db)
    .where(`p.${filter.column}`, "=", filter.hash)
    .where(inSubtree("r.path", filter.regionPath))
    .orderBy("p.name")
    .orderBy("p.id")
    .limit(50)
    .execute();
}

/** People living in a jurisdiction, by name, paged by (name, id). */
export async function findPeopleWithin(
  db: Kysely<Database>,
  filter: {
    regionPath: string;
    status?: EmploymentStatus;
    checkStage?: CheckStage;
    q?: string;
    after?: { name: string; id: string };
    limit: number;
  },
) {
  let query = personDetails(db).where(inSubtree("r.path", filter.regionPath));
  if (filter.status) query = query.where("p.status", "=", filter.status);
  if (filter.checkStage) query = query.where("p.check_stage", "=", filter.checkStage);
  if (filter.q) query = query.where("p.name", "like", containsPattern(filter.q));
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("p.name", ">", after.name),
        eb.and([eb("p.name", "=", after.name), eb("p.id", ">", after.id)]),
      ]),
    );
  }
  return query.orderBy("p.name").orderBy("p.id").limit(filter.limit).execute();
}

/** Inserts a person; null when the identity number (or the account) is already registered, even by a concurrent request. */
export async function insertPerson(
  db: Kysely<Database>,
  values: Insertable<PersonTable>,
): Promise<string | null> {
  const row = await db
    .insertInto("people")
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function updatePersonRow(db: Kysely<Database>, id: string, values: Updateable<PersonTable>) {
  await db.updateTable("people").set(values).where("id", "=", id).execute();
}

export async function deletePersonRow(db: Kysely<Database>, id: string) {
  await db.deleteFrom("people").where("id", "=", id).execute();
}

export async function replaceCertificates(
  db: Kysely<Database>,
  personId: string,
  rows: Omit<Insertable<PersonCertificateTable>, "person_id" | "seq">[],
) {
  await db.deleteFrom("person_certificates").where("person_id", "=", personId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto("person_certificates")
    .values(rows.map((r, seq) => ({ ...r, person_id: personId, seq })))
    .execute();
}

export async function findCertificates(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom("person_certificates as c")
    .leftJoin("occupations as o", "o.code", "c.occupation_code")
    .select(["c.kind", "c.name", "c.occupation_code", "o.name as occupation_name", "c.level"])
    .where("c.person_id", "=", personId)
    .orderBy("c.seq")
    .execute();
}

export async function insertStatus(db: Kysely<Database>, values: Insertable<PersonStatusTable>) {
  await db.insertInto("person_statuses").values(values).execute();
}

export async function findStatuses(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom("person_statuses")
    .selectAll()
    .where("person_id", "=", personId)
    .orderBy("since")
    .orderBy("id")
    .execute();
}

export async function insertContact(db: Kysely<Database>, values: Insertable<PersonContactTable>) {
  await db.insertInto("person_contacts").values(values).execute();
}

export async function findContacts(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom("person_contacts")
    .selectAll()
    .where("person_id", "=", personId)
    .orderBy("contacted_on")
    .orderBy("recorded_at")
    .execute();
}

export async function insertCheckEvents(db: Kysely<Database>, rows: Insertable<PersonCheckEventTable>[]) {
  if (rows.length > 0) await db.insertInto("person_check_events").values(rows).execute();
}

export async function findCheckEvents(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom("person_check_events")
    .selectAll()
    .where("person_id", "=", personId)
    .orderBy("at")
    .orderBy("id")
    .execute();
}

/** Every 就业困难人员 category (a small table): code → the region that defines it. */
export async function findHardshipCategories(db: Kysely<Database>) {
  return db.selectFrom("hardship_categories").selectAll().orderBy("seq").execute();
}

export async function insertHousehold(
  db: Kysely<Database>,
  values: { region_code: string; reference: string; created_by: string | null },
): Promise<string> {
  const { id } = await db.insertInto("households").values(values).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function findHousehold(
  db: Kysely<Database>,
  by: { id: string } | { regionCode: string; reference: string },
) {
  let query = db
    .selectFrom("households as h")
    .innerJoin("regions as r", "r.code", "h.region_code")
    .select(["h.id", "h.region_code", "h.reference", "r.name as region_name", "r.path as region_path"]);
  query =
    "id" in by
      ? query.where("h.id", "=", by.id)
      : query.where("h.region_code", "=", by.regionCode).where("h.reference", "=", by.reference);
  return query.executeTakeFirst();
}

export async function insertAnonymised(db: Kysely<Database>, values: Insertable<PeopleAnonymisedTable>) {
  await db.insertInto("people_anonymised").values(values).execute();
}

const IMPORT_COLUMNS = [
  "id",
  "file_name",
  "dry_run",
  "status",
  "total_rows",
  "processed_rows",
  "consent_collected_by",
  "consent_purpose",
  "summary",
  "errors",
  "created_by",
] as const;

export type PeopleImportRow = NonNullable<Awaited<ReturnType<typeof findPeopleImport>>>;

export async function insertPeopleImport(db: Kysely<Database>, values: Insertable<PeopleImportTable>) {
  return db.insertInto("people_imports").values(values).returning(IMPORT_COLUMNS).executeTakeFirstOrThrow();
}

export async function findPeopleImport(db: Kysely<Database>, id: string) {
  return db.selectFrom("people_imports").select(IMPORT_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** The stored file and what the import was told, for the task that processes it. */
export async function findPeopleImportWork(db: Kysely<Database>, id: string) {
  return db.selectFrom("people_imports").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export async function updatePeopleImport(
  db: Kysely<Database>,
  id: string,
  values: Updateable<PeopleImportTable>,
) {
  await db.updateTable("people_imports").set(values).where("id", "=", id).execute();
}
