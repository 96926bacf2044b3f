import type { Kysely } from "kysely";
import type { Database, RegionTable } from "../../db/types.ts";

export type RegionRow = Pick<RegionTable, "code" | "name" | "level" | "parent_code" | "kind" | "path">;

export async function findAllRegions(db: Kysely<Database>): Promise<RegionRow[]> {
  return db
    .selectFrom("regions")
    .select(["code", "name", "level", "parent_code", "kind", "path"])
    .orderBy("level")
    .orderBy("code")
    .execute();
}

/** Inserts or renames regions; rows must come parents first. */
export async function upsertRegions(db: Kysely<Database>, rows: RegionRow[], now: Date): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({ ...r, updated_at: now }));
    await db
      .insertInto("regions")
      .values(chunk)
      .onConflict((oc) =>
        oc.column("code").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          level: eb.ref("excluded.level"),
          parent_code: eb.ref("excluded.parent_code"),
          kind: eb.ref("excluded.kind"),
          path: eb.ref("excluded.path"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

export async function countRegions(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("regions")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
