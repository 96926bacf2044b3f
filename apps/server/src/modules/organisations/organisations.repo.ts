import type { Insertable, Kysely } from "kysely";
import { containsPattern, inSubtree } from "../../db/fragments.ts";
import type { Database, OrganisationTable } from "../../db/types.ts";

const COLUMNS = [
  "organisations.id",
  "organisations.kind",
  "organisations.name",
  "organisations.credit_code",
  "organisations.region_code",
  "organisations.verified",
  "organisations.created_at",
  "regions.name as region_name",
  "regions.path as region_path",
] as const;

function withRegion(db: Kysely<Database>) {
  return db.selectFrom("organisations").innerJoin("regions", "regions.code", "organisations.region_code");
}

export type OrganisationRow = Awaited<ReturnType<typeof findOrganisationById>> & object;

export async function findOrganisationById(db: Kysely<Database>, id: string) {
  return withRegion(db).select(COLUMNS).where("organisations.id", "=", id).executeTakeFirst();
}

export async function findOrganisationByCreditCode(db: Kysely<Database>, creditCode: string) {
  return db
    .selectFrom("organisations")
    .select(["id"])
    .where("credit_code", "=", creditCode)
    .executeTakeFirst();
}

export async function insertOrganisation(db: Kysely<Database>, values: Insertable<OrganisationTable>) {
  const { id } = await db
    .insertInto("organisations")
    .values(values)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function markOrganisationVerified(db: Kysely<Database>, id: string) {
  await db.updateTable("organisations").set({ verified: true }).where("id", "=", id).execute();
}

export async function findDepartments(db: Kysely<Database>, regionCode: string | undefined) {
  let query = withRegion(db).select(COLUMNS).where("organisations.kind", "=", "department");
  if (regionCode) query = query.where("organisations.region_code", "=", regionCode);
  return query.orderBy("organisations.region_code").orderBy("organisations.seq").execute();
}

/** Employers and agencies whose region lies under `regionPath`, by name, paged by (name, id). */
export async function findOrganisationsWithin(
  db: Kysely<Database>,
  filter: {
    regionPath: string;
    kind?: "employer" | "department" | "agency";
    q?: string;
    after?: { name: string; id: string };
    limit: number;
  },
) {
  let query = withRegion(db).select(COLUMNS).where(inSubtree("regions.path", filter.regionPath));
  query = filter.kind
    ? query.where("organisations.kind", "=", filter.kind)
    : query.where("organisations.kind", "in", ["employer", "agency"]);
  if (filter.q) query = query.where("organisations.name", "like", containsPattern(filter.q));
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("organisations.name", ">", after.name),
        eb.and([eb("organisations.name", "=", after.name), eb("organisations.id", ">", after.id)]),
      ]),
    );
  }
  return query.orderBy("organisations.name").orderBy("organisations.id").limit(filter.limit).execute();
}

export async function countOrganisationsWithin(
  db: Kysely<Database>,
  regionPath: string,
  kind: "employer" | "department" | "agency",
) {
  const row = await withRegion(db)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("organisations.kind", "=", kind)
    .where(inSubtree("regions.path", regionPath))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
