import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type { Database, PlanActualTable, PlanReportEventTable, PlanReportTable } from "../../db/types.ts";

export type ReportRow = Selectable<PlanReportTable>;
export type ReportEventRow = Selectable<PlanReportEventTable>;

export async function findReportById(db: Kysely<Database>, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom("plan_reports").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A reporter's report for a period, locked against a concurrent submission of the same one. */
export async function findReportForUpdate(
  db: Kysely<Database>,
  key: { planId: string; period: string; regionCode: string | null; departmentId: string | null },
): Promise<ReportRow | undefined> {
  let query = db
    .selectFrom("plan_reports")
    .selectAll()
    .where("plan_id", "=", key.planId)
    .where("period", "=", key.period);
  query = key.departmentId
    ? query.where("department_id", "=", key.departmentId)
    : query.where("region_code", "=", key.regionCode ?? "");
  return query.forUpdate().executeTakeFirst();
}

export async function findReportsOfPeriod(db: Kysely<Database>, planId: string, period: string) {
  return db
    .selectFrom("plan_reports")
    .selectAll()
    .where("plan_id", "=", planId)
    .where("period", "=", period)
    .execute();
}

export async function insertReport(
  db: Kysely<Database>,
  values: Insertable<PlanReportTable>,
): Promise<string> {
  const { id } = await db.insertInto("plan_reports").values(values).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function updateReport(db: Kysely<Database>, id: string, values: Updateable<PlanReportTable>) {
  await db.updateTable("plan_reports").set(values).where("id", "=", id).execute();
}

export async function insertReportEvent(db: Kysely<Database>, values: Insertable<PlanReportEventTable>) {
  await db.insertInto("plan_report_events").values(values).execute();
}

export async function findReportEvents(db: Kysely<Database>, reportIds: readonly string[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom("plan_report_events")
    .selectAll()
    .where("report_id", "in", reportIds)
    .orderBy("report_id")
    .orderBy("id")
    .execute();
}

/** The values a report carries replace those it carried before. */
export async function replaceReportActuals(
  db: Kysely<Database>,
  reportId: string,
  rows: Omit<Insertable<PlanActualTable>, "report_id">[],
) {
  await db.deleteFrom("plan_actuals").where("report_id", "=", reportId).execute();
  if (rows.length > 0)
    await db
      .insertInto("plan_actuals")
      .values(rows.map((r) => ({ ...r, report_id: reportId })))
      .execute();
}

/** The values of reports, with the indicator each is for. */
export async function findReportValues(db: Kysely<Database>, reportIds: readonly string[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom("plan_actuals as a")
    .innerJoin("plan_targets as t", "t.id", "a.target_id")
    .innerJoin("indicators as i", "i.code", "t.indicator_code")
    .select(["a.report_id", "t.indicator_code as indicator", "a.value", "a.source"])
    .where("a.report_id", "in", reportIds)
    .orderBy("i.seq")
    .execute();
}

/** Reported values of a plan's targets from reports that stand (submitted or approved). */
export async function findStandingReportedValues(db: Kysely<Database>, planId: string) {
  return db
    .selectFrom("plan_actuals as a")
    .innerJoin("plan_reports as r", "r.id", "a.report_id")
    .innerJoin("plan_targets as t", "t.id", "a.target_id")
    .select(["a.target_id", "a.period", "a.value"])
    .where("t.plan_id", "=", planId)
    .where("a.source", "=", "reported")
    .where("r.status", "in", ["submitted", "approved"])
    .execute();
}
