import type { Kysely } from "kysely";
import { containsPattern } from "../../db/fragments.ts";
import type { Database } from "../../db/types.ts";

export async function findOccupations(db: Kysely<Database>, filter: { parent?: string; q?: string }) {
  let query = db.selectFrom("occupations").selectAll().orderBy("code").limit(200);
  if (filter.q) query = query.where("name", "like", containsPattern(filter.q));
  else query = filter.parent ? query.where("parent_code", "=", filter.parent) : query.where("level", "=", 1);
  return query.execute();
}

export async function findOccupationNames(db: Kysely<Database>, codes: string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom("occupations")
    .select(["code", "name"])
    .where("code", "in", codes)
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function findIndustries(db: Kysely<Database>) {
  return db.selectFrom("industries").selectAll().orderBy("code").execute();
}
