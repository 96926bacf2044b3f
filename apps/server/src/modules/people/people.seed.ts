import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { readTable } from "../../lib/tabular.ts";
import { REFERENCE_DIR } from "../regions/regions.seed.ts";

/**
 * The 就业困难人员 categories of Changji, once, into an empty table. Regions define their own
 * categories: these are data, and a region adds or renames rows without a code change.
 */
export async function loadHardshipCategories(db: Kysely<Database>): Promise<number> {
  const existing = await db.selectFrom("hardship_categories").select("code").executeTakeFirst();
  if (existing) return 0;
  const table = await readTable(
    await readFile(path.join(REFERENCE_DIR, "hardship_categories_changji.csv")),
    "csv",
  );
  const rows = table.rows.map(({ cells }) => ({
    code: cells.code ?? "",
    name: cells.name ?? "",
    region_code: cells.region_code ?? "",
    seq: Number(cells.seq),
  }));
  await db.insertInto("hardship_categories").values(rows).execute();
  return rows.length;
}
