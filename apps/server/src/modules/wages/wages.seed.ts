import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { REFERENCE_DIR } from "../regions/regions.seed.ts";

/**
 * The State Council's holiday arrangements shipped in `reference/` (holidays and the weekend days
 * made working days), loaded into the working calendar administrators maintain; days already there
 * are left as they are.
 */
export async function loadWorkingCalendar(db: Kysely<Database>): Promise<number> {
  const file = path.join(REFERENCE_DIR, "holidays_cn_2024_2026.json");
  const years = JSON.parse(await readFile(file, "utf8")) as Record<
    string,
    { holidays: string[]; extraWorkdays: string[] }
  >;
  const rows = Object.values(years).flatMap((y) => [
    ...y.holidays.map((day) => ({ day, kind: "holiday" as const, name: null })),
    ...y.extraWorkdays.map((day) => ({ day, kind: "workday" as const, name: null })),
  ]);
  if (rows.length === 0) return 0;
  const result = await db
    .insertInto("working_calendar")
    .values(rows)
    .onConflict((oc) => oc.column("day").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
