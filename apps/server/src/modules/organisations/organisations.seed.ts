import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { readTable } from "../../lib/tabular.ts";
import { REFERENCE_DIR } from "../regions/regions.seed.ts";

/** The member units of the Changji employment leadership group (2026 plan, 附件3), once. */
export async function loadChangjiDepartments(db: Kysely<Database>): Promise<number> {
  const existing = await db
    .selectFrom("organisations")
    .select("id")
    .where("kind", "=", "department")
    .where("region_code", "=", "652300")
    .executeTakeFirst();
  if (existing) return 0;
  const table = await readTable(
    await readFile(path.join(REFERENCE_DIR, "departments_changji_2026.csv")),
    "csv",
  );
  const rows = table.rows.map(({ cells }) => ({
    kind: "department" as const,
    name: cells.name ?? "",
    credit_code: null,
    region_code: "652300",
    verified: true,
    seq: Number(cells.seq),
  }));
  await db.insertInto("organisations").values(rows).execute();
  return rows.length;
}
