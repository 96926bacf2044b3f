import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** Rule parameters and the working calendar administrators maintain. */

export async function findCalendarDays(db: Db) {
  const rows = await db.selectFrom("working_calendar").select(["day", "kind"]).orderBy("day").execute();
  return {
    holidays: rows.filter((r) => r.kind === "holiday").map((r) => r.day),
    extraWorkdays: rows.filter((r) => r.kind === "workday").map((r) => r.day),
  };
}

export function findParameterRows(db: Db, asOf: string) {
  return db
    .selectFrom("wage_rule_parameters")
    .select(["region_code", "effective_from", "parameters"])
    .where("effective_from", "<=", asOf)
    .orderBy("effective_from")
    .execute();
}

/** Every parameter row, newest effective day first, with its region's name. */
export function listParameterRows(db: Db) {
  return db
    .selectFrom("wage_rule_parameters as w")
    .leftJoin("regions as r", "r.code", "w.region_code")
    .select([
      "w.id",
      "w.region_code",
      "r.name as region_name",
      "r.path as region_path",
      "w.effective_from",
      "w.parameters",
      "w.created_at",
    ])
    .orderBy("w.effective_from", "desc")
    .orderBy("w.region_code")
    .execute();
}

export function upsertParameterRow(
  db: Db,
  row: { region_code: string | null; effective_from: string; parameters: string; created_by: string },
) {
  return db
    .insertInto("wage_rule_parameters")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["region_code", "effective_from"]).doUpdateSet((eb) => ({
        parameters: eb.ref("excluded.parameters"),
        created_by: eb.ref("excluded.created_by"),
      })),
    )
    .returning(["id", "region_code", "effective_from", "parameters", "created_at"])
    .executeTakeFirstOrThrow();
}

export function listCalendarDays(db: Db, year: number) {
  return db
    .selectFrom("working_calendar")
    .select(["day", "kind", "name"])
    .where("day", ">=", `${year}-01-01`)
    .where("day", "<=", `${year}-12-31`)
    .orderBy("day")
    .execute();
}

export function upsertCalendarDay(
  db: Db,
  row: { day: string; kind: "holiday" | "workday"; name: string | null },
) {
  return db
    .insertInto("working_calendar")
    .values(row)
    .onConflict((oc) => oc.column("day").doUpdateSet({ kind: row.kind, name: row.name }))
    .returning(["day", "kind", "name"])
    .executeTakeFirstOrThrow();
}

export async function deleteCalendarDay(db: Db, day: string) {
  await db.deleteFrom("working_calendar").where("day", "=", day).execute();
}
