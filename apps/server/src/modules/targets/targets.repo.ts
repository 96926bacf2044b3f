import type { Insertable, Kysely, Selectable } from "kysely";
import type {
  Database,
  IndicatorTable,
  PlanCampaignTable,
  PlanGoalTable,
  PlanTable,
  PlanTableColumnTable,
  PlanTableRowTable,
  PlanTargetTable,
  PlanTaskTable,
} from "../../db/types.ts";

export type IndicatorRow = Selectable<IndicatorTable>;
export type PlanRow = Selectable<PlanTable>;
export type TargetRow = Selectable<PlanTargetTable>;
export type TaskRow = Selectable<PlanTaskTable>;

export async function findIndicators(db: Kysely<Database>): Promise<IndicatorRow[]> {
  return db.selectFrom("indicators").selectAll().orderBy("seq").execute();
}

export async function insertIndicators(db: Kysely<Database>, rows: Insertable<IndicatorTable>[]) {
  await db.insertInto("indicators").values(rows).execute();
}

export async function findPlans(db: Kysely<Database>): Promise<PlanRow[]> {
  return db.selectFrom("plans").selectAll().orderBy("year", "desc").orderBy("key").execute();
}

export async function findPlanById(db: Kysely<Database>, id: string): Promise<PlanRow | undefined> {
  return db.selectFrom("plans").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findPlanByKey(db: Kysely<Database>, key: string): Promise<PlanRow | undefined> {
  return db.selectFrom("plans").selectAll().where("key", "=", key).executeTakeFirst();
}

export async function insertPlan(db: Kysely<Database>, values: Insertable<PlanTable>): Promise<string> {
  const { id } = await db.insertInto("plans").values(values).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function updatePlanSettings(
  db: Kysely<Database>,
  id: string,
  settings: { weights: string; margin_points: number | string; updated_at: Date },
) {
  await db.updateTable("plans").set(settings).where("id", "=", id).execute();
}

/** Departments a plan gives tasks or targets, per plan. */
export async function findPlanDepartments(db: Kysely<Database>, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom("plan_tasks")
    .select(["plan_id", "department_id"])
    .where("plan_id", "in", planIds)
    .where("department_id", "is not", null)
    .union(
      db
        .selectFrom("plan_targets")
        .select(["plan_id", "department_id"])
        .where("plan_id", "in", planIds)
        .where("department_id", "is not", null),
    )
    .execute();
}

export async function insertGoals(db: Kysely<Database>, rows: Insertable<PlanGoalTable>[]) {
  if (rows.length > 0) await db.insertInto("plan_goals").values(rows).execute();
}

export async function findGoals(db: Kysely<Database>, planId: string) {
  return db.selectFrom("plan_goals").selectAll().where("plan_id", "=", planId).orderBy("position").execute();
}

/** The plan's table with this annex, created or retitled; its id. */
export async function upsertTable(
  db: Kysely<Database>,
  values: { plan_id: string; annex: string; title: string; unit: string; position: number },
): Promise<string> {
  const { id } = await db
    .insertInto("plan_tables")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["plan_id", "annex"]).doUpdateSet({ title: values.title, unit: values.unit }),
    )
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** Replaces a table's columns and rows (its layout; the targets stay). */
export async function replaceTableLayout(
  db: Kysely<Database>,
  tableId: string,
  columns: Insertable<PlanTableColumnTable>[],
  rows: Insertable<PlanTableRowTable>[],
) {
  await db.deleteFrom("plan_table_columns").where("table_id", "=", tableId).execute();
  await db.deleteFrom("plan_table_rows").where("table_id", "=", tableId).execute();
  if (columns.length > 0) await db.insertInto("plan_table_columns").values(columns).execute();
  if (rows.length > 0) await db.insertInto("plan_table_rows").values(rows).execute();
}

export async function findTables(db: Kysely<Database>, planId: string) {
  const tables = await db
    .selectFrom("plan_tables")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("position")
    .execute();
  const ids = tables.map((t) => t.id);
  if (ids.length === 0) return [];
  const [columns, rows] = await Promise.all([
    db
      .selectFrom("plan_table_columns")
      .selectAll()
      .where("table_id", "in", ids)
      .orderBy("position")
      .execute(),
    db.selectFrom("plan_table_rows").selectAll().where("table_id", "in", ids).orderBy("position").execute(),
  ]);
  return tables.map((t) => ({
    ...t,
    columns: columns.filter((c) => c.table_id === t.id),
    rows: rows.filter((r) => r.table_id === t.id),
  }));
}

export async function insertTasks(db: Kysely<Database>, rows: Insertable<PlanTaskTable>[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto("plan_tasks")
    .values(rows)
    .returning(["id", "department_id", "region_code", "no"])
    .execute();
}

export async function findTasks(db: Kysely<Database>, planId: string): Promise<TaskRow[]> {
  return db
    .selectFrom("plan_tasks")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("annex")
    .orderBy("no")
    .execute();
}

export async function findTargets(db: Kysely<Database>, planId: string): Promise<TargetRow[]> {
  return db.selectFrom("plan_targets").selectAll().where("plan_id", "=", planId).execute();
}

type TargetValues = Omit<Insertable<PlanTargetTable>, "id">;

export async function insertTargets(db: Kysely<Database>, rows: TargetValues[]) {
  if (rows.length > 0) await db.insertInto("plan_targets").values(rows).execute();
}

/** Region targets of one table: new ones added, existing ones (and their actual values) updated in place. */
export async function upsertRegionTargets(db: Kysely<Database>, rows: TargetValues[]) {
  if (rows.length === 0) return;
  await db
    .insertInto("plan_targets")
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(["plan_id", "indicator_code", "region_code"])
        .where("region_code", "is not", null)
        .doUpdateSet((eb) => ({
          table_id: eb.ref("excluded.table_id"),
          written: eb.ref("excluded.written"),
          applicable: eb.ref("excluded.applicable"),
          value: eb.ref("excluded.value"),
          unit: eb.ref("excluded.unit"),
          base_value: eb.ref("excluded.base_value"),
          comparator: eb.ref("excluded.comparator"),
          per: eb.ref("excluded.per"),
        })),
    )
    .execute();
}

export async function insertCampaigns(db: Kysely<Database>, rows: Insertable<PlanCampaignTable>[]) {
  if (rows.length > 0) await db.insertInto("plan_campaigns").values(rows).execute();
}

export async function findCampaigns(db: Kysely<Database>, planId: string) {
  return db
    .selectFrom("plan_campaigns")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("no")
    .orderBy("run")
    .execute();
}

/** Departments (organisations of kind department) by id, with their region's path. */
export async function findDepartments(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom("organisations as o")
    .innerJoin("regions as r", "r.code", "o.region_code")
    .select(["o.id", "o.name", "o.seq", "o.region_code", "r.path as region_path"])
    .where("o.kind", "=", "department")
    .where("o.id", "in", ids)
    .orderBy("o.seq")
    .execute();
}

/** The departments of a region by their number in its plan's list. */
export async function findDepartmentsBySeq(db: Kysely<Database>, regionCode: string) {
  const rows = await db
    .selectFrom("organisations")
    .select(["id", "seq"])
    .where("kind", "=", "department")
    .where("region_code", "=", regionCode)
    .where("seq", "is not", null)
    .execute();
  return new Map(rows.map((r) => [r.seq, r.id]));
}

/** Headers and row labels the stored tables use: what a new workbook's columns and rows are matched by. */
export async function findTableVocabulary(db: Kysely<Database>) {
  const [headers, labels] = await Promise.all([
    db.selectFrom("plan_table_columns").select(["header", "indicator_code"]).distinct().execute(),
    db
      .selectFrom("plan_table_rows")
      .select(["label", "region_code"])
      .where("total", "=", false)
      .distinct()
      .execute(),
  ]);
  return { headers, labels };
}

/** Issued plans with targets for regions below their own (counties to rank), whose period overlaps `from`–`to`. */
export async function findRankedPlansCovering(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<PlanRow[]> {
  return db
    .selectFrom("plans")
    .selectAll()
    .where("status", "=", "issued")
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("plan_targets as t")
          .select("t.id")
          .whereRef("t.plan_id", "=", "plans.id")
          .whereRef("t.region_code", "<>", "plans.region_code"),
      ),
    )
    .where("period_from", "<=", to)
    .where("period_to", ">=", from)
    .orderBy("key")
    .execute();
}
