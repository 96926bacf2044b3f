import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Clock } from "../../lib/clock.ts";
import { readTable } from "../../lib/tabular.ts";
import { countRegions, upsertRegions } from "./regions.repo.ts";
import { checkRegionRows } from "./regions.service.ts";

export const REFERENCE_DIR = path.resolve(import.meta.dirname, "../../../reference");

/**
 * Loads the statistical divisions of Xinjiang (region, prefectures, counties, townships) and the
 * development zones they lack, once, into an empty regions table. Returns how many were loaded.
 */
export async function loadReferenceRegions(db: Kysely<Database>, clock: Clock): Promise<number> {
  if ((await countRegions(db)) > 0) return 0;
  const rows = [];
  for (const file of ["admin_divisions_xinjiang_2023.csv", "regions_extra.csv"]) {
    const table = await readTable(await readFile(path.join(REFERENCE_DIR, file)), "csv");
    rows.push(...table.rows);
  }
  rows.sort((a, b) => Number(a.cells.level) - Number(b.cells.level));
  const checked = checkRegionRows(rows, () => undefined, null);
  if (checked.errors.length > 0) {
    const first = checked.errors[0];
    throw new Error(`reference regions are inconsistent: row ${first?.row}: ${first?.message}`);
  }
  await upsertRegions(db, checked.rows, clock.now());
  return checked.rows.length;
}
