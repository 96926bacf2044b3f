import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import type { WageAlertStatus } from "../../db/types-wages.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** What the evaluation compares against: each alert's key, status and content as last written. */
export function findAlertKeys(db: Db, projectIds: readonly string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("wage_alerts")
    .select([
      "id",
      "project_id",
      "code",
      "subject_key",
      "status",
      "holds",
      "severity",
      "message",
      "ruleset_version",
      "parameters_hash",
    ])
    .where("project_id", "in", projectIds)
    .execute();
}

export interface AlertWrite {
  severity: "red" | "yellow";
  basis: string;
  message: string;
  ruleset_version: string;
  parameters: string;
  parameters_hash: string;
}

export interface NewAlert extends AlertWrite {
  project_id: string;
  code: string;
  subject_key: string;
  subject: string;
  raised_on: string;
  deadline: string;
}

/** New alerts (status raised), each with its `raised` event. */
export async function insertAlerts(db: Db, rows: readonly NewAlert[], at: Date) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const ids = await db
      .insertInto("wage_alerts")
      .values(chunk.map((r) => ({ ...r, status: "raised" as const, first_raised_on: r.raised_on })))
      .returning("id")
      .execute();
    await insertEvents(
      db,
      ids.map((r) => ({ alert_id: r.id, from_status: null, to_status: "raised" as const, note: null })),
      at,
    );
  }
}

/**
 * Alerts found holding whose text, severity or parameters changed, or that had stopped holding, or
 * that are re-raised (disposed or closed, yet holding again: a new round with a new deadline and an
 * event). Alerts found as they were are not written at all.
 */
export async function updateHeld(
  db: Db,
  rows: readonly (AlertWrite & { id: string; reraise: { from: WageAlertStatus; deadline: string } | null })[],
  asOf: string,
  at: Date,
) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map(({ reraise, ...r }) => ({
      ...r,
      reraise: reraise !== null,
      deadline: reraise?.deadline ?? null,
    }));
    await sql`
      update wage_alerts a set
        severity = v.severity, basis = v.basis, message = v.message,
        ruleset_version = v.ruleset_version, parameters = v.parameters, parameters_hash = v.parameters_hash,
        holds = true,
        status = case when v.reraise then 'raised' else a.status end,
        raised_on = case when v.reraise then ${asOf}::date else a.raised_on end,
        deadline = coalesce(v.deadline, a.deadline),
        times_raised = a.times_raised + case when v.reraise then 1 else 0 end,
        escalation_level = case when v.reraise then 0 else a.escalation_level end,
        acknowledged_at = case when v.reraise then null else a.acknowledged_at end,
        disposed_at = case when v.reraise then null else a.disposed_at end,
        disposed_on = case when v.reraise then null else a.disposed_on end,
        closed_at = case when v.reraise then null else a.closed_at end
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(
        id uuid, severity text, basis text, message text, ruleset_version text, parameters jsonb,
        parameters_hash text, reraise boolean, deadline date)
      where a.id = v.id
    `.execute(db);
  }
  const reraised = rows.filter((r) => r.reraise !== null);
  await insertEvents(
    db,
    reraised.map((r) => ({
      alert_id: r.id,
      from_status: r.reraise?.from ?? null,
      to_status: "raised" as const,
      note: "re-raised: the evaluation finds it still holding",
    })),
    at,
  );
}

/** Alerts the evaluation no longer finds. */
export async function markCleared(db: Db, ids: readonly string[]) {
  for (let i = 0; i < ids.length; i += 5000)
    await db
      .updateTable("wage_alerts")
      .set({ holds: false })
      .where("id", "in", ids.slice(i, i + 5000))
      .execute();
}

export function startEvaluation(db: Db, asOf: string, projectId: string | null, at: Date) {
  return db
    .insertInto("wage_evaluations")
    .values({ as_of: asOf, project_id: projectId, started_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
}

export async function finishEvaluation(
  db: Db,
  id: string,
  counts: { projects: number; holding: number; raised: number; reraised: number; cleared: number },
  at: Date,
) {
  await db
    .updateTable("wage_evaluations")
    .set({ ...counts, finished_at: at })
    .where("id", "=", id)
    .execute();
}

export async function insertEvents(
  db: Db,
  rows: readonly {
    alert_id: string;
    from_status: WageAlertStatus | null;
    to_status: WageAlertStatus;
    note: string | null;
    actor_id?: string | null;
    details?: string | null;
  }[],
  at: Date,
) {
  for (let i = 0; i < rows.length; i += 2000) {
    await db
      .insertInto("wage_alert_events")
      .values(rows.slice(i, i + 2000).map((r) => ({ actor_id: null, details: null, ...r, at })))
      .execute();
  }
}

/**
 * Open alerts past their deadline go to the level above (1); those past twice the time they were
 * given go one further (2).
 */
export async function escalateOverdue(db: Db, today: string) {
  const result = await sql<{ id: string; escalation_level: number }>`
    update wage_alerts set escalation_level = v.level
    from (
      select id, case when ${today}::date > deadline + (deadline - raised_on) then 2 else 1 end as level
      from wage_alerts where status in ('raised', 'acknowledged') and deadline < ${today}::date
    ) v
    where wage_alerts.id = v.id and wage_alerts.escalation_level < v.level
    returning wage_alerts.id, wage_alerts.escalation_level
  `.execute(db);
  return result.rows;
}

/**
 * The share (in %) of alerts raised in a period on projects in a region's subtree that were disposed
 * or closed; null when none was raised. What the targets module shows beside 欠薪监控预警信息处置率.
 */
export async function disposalPercentWithin(db: Db, opts: { regionPath: string; from: string; to: string }) {
  const row = await db
    .selectFrom("wage_alerts as a")
    .innerJoin("wage_projects as p", "p.id", "a.project_id")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .select([
      sql<string>`count(*)`.as("raised"),
      sql<string>`count(*) filter (where a.status in ('disposed', 'closed'))`.as("disposed"),
    ])
    .where((eb) => eb.or([eb("r.path", "=", opts.regionPath), eb("r.path", "like", `${opts.regionPath}.%`)]))
    .where("a.raised_on", ">=", opts.from)
    .where("a.raised_on", "<=", opts.to)
    .executeTakeFirstOrThrow();
  const raised = Number(row.raised);
  return raised === 0 ? null : Math.round((Number(row.disposed) / raised) * 1000) / 10;
}
