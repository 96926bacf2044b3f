import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { readTable } from "../../lib/tabular.ts";
import { REFERENCE_DIR } from "../regions/regions.seed.ts";

async function referenceRows(file: string) {
  return (await readTable(await readFile(path.join(REFERENCE_DIR, file)), "csv")).rows.map((r) => r.cells);
}

/** Loads the 职业分类大典 2022 and GB/T 4754-2017 catalogues once. */
export async function loadCatalogues(db: Kysely<Database>): Promise<void> {
  const present = await db.selectFrom("occupations").select("code").limit(1).executeTakeFirst();
  if (present) return;
  const markers = new Map(
    (await referenceRows("occupations_cn_2022_green_digital_markers.csv")).map((m) => [m.code ?? "", m]),
  );
  const occupations = (await referenceRows("occupations_cn_2022.csv"))
    .map((r) => ({
      code: r.code ?? "",
      name: r.name || `（${r.code}）`,
      level: Number(r.level),
      parent_code: r.parent_code || null,
      green: markers.get(r.code ?? "")?.green_l === "1",
      digital: markers.get(r.code ?? "")?.digital_s === "1",
    }))
    .sort((a, b) => a.level - b.level);
  const industries = (await referenceRows("industries_gbt4754_2017_sections_divisions.csv"))
    .map((r) => ({
      code: r.code ?? "",
      name: r.name ?? "",
      level: Number(r.level),
      parent_code: r.parent_code || null,
    }))
    .sort((a, b) => a.level - b.level);
  for (let i = 0; i < occupations.length; i += 500) {
    await db
      .insertInto("occupations")
      .values(occupations.slice(i, i + 500))
      .execute();
  }
  await db.insertInto("industries").values(industries).execute();
}
