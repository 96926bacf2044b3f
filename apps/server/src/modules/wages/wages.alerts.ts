import type { StoredWageAlert } from "@jiuye/contract/wages";
import { sql } from "kysely";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize, type Rule } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { levelOfPath } from "../../lib/jurisdiction.ts";
import { alertPolicy, type ProjectScope } from "./wages.access.ts";
import { insertEvents } from "./wages.alerts.repo.ts";

/** The share of alerts the sector departments are to dispose (Changji 2026: ≥ 98 %). */
export const DISPOSAL_TARGET = 0.98;
const COUNTY_LEVEL = 3;

function alertQuery(deps: Pick<Deps, "db">) {
  return deps.db
    .selectFrom("wage_alerts as a")
    .innerJoin("wage_projects as p", "p.id", "a.project_id")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .innerJoin("organisations as d", "d.id", "p.department_id")
    .selectAll("a")
    .select([
      "p.name as project_name",
      "p.region_code",
      "r.name as region_name",
      "r.path as region_path",
      "p.department_id",
      "d.name as department_name",
    ]);
}
type AlertRow = Awaited<ReturnType<ReturnType<typeof alertQuery>["executeTakeFirstOrThrow"]>>;

function scopeOf(row: AlertRow): ProjectScope {
  return { regionPath: row.region_path, departmentId: row.department_id, partyIds: [] };
}

function present(row: AlertRow, actor: Actor, today: string): StoredWageAlert {
  const scope = scopeOf(row);
  const open = row.status === "raised" || row.status === "acknowledged";
  const actions: StoredWageAlert["actions"] = [];
  if (row.status === "raised" && alertPolicy.handle(actor, scope)) actions.push("acknowledge");
  if (open && alertPolicy.handle(actor, scope)) actions.push("dispose");
  if (row.status === "disposed" && alertPolicy.verify(actor, scope)) actions.push("close");
  return {
    id: row.id,
    code: row.code as StoredWageAlert["code"],
    severity: row.severity,
    subject: row.subject,
    basis: row.basis,
    message: row.message,
    projectId: row.project_id,
    projectName: row.project_name,
    regionCode: row.region_code,
    regionName: row.region_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    status: row.status,
    holds: row.holds,
    firstRaisedOn: row.first_raised_on,
    raisedOn: row.raised_on,
    deadline: row.deadline,
    overdue: open && row.deadline < today,
    timesRaised: row.times_raised,
    escalationLevel: row.escalation_level,
    rulesetVersion: row.ruleset_version,
    actions,
  };
}

/**
 * The caller's inbox: a department's alerts; for offices, the alerts of their jurisdiction from the
 * county down, and from above the county only those escalated as far as their level.
 */
export async function listAlerts(
  deps: Deps,
  actor: Actor,
  query: { status?: string; projectId?: string; overdue?: "true" | "false"; limit: number; offset: number },
) {
  const today = todayInChina(deps.clock.now());
  let q = alertQuery(deps);
  if (actor.role === "department") q = q.where("p.department_id", "=", actor.organisationId ?? "");
  else {
    const path = actor.regionPath ?? "-";
    q = q.where((eb) => eb.or([eb("r.path", "=", path), eb("r.path", "like", `${path}.%`)]));
    const level = levelOfPath(path);
    if (actor.role !== "admin" && level < COUNTY_LEVEL)
      q = q.where("a.escalation_level", ">=", COUNTY_LEVEL - level);
  }
  if (query.projectId) q = q.where("a.project_id", "=", query.projectId);
  if (query.status === "open") q = q.where("a.status", "in", ["raised", "acknowledged"]);
  else if (query.status) q = q.where("a.status", "=", query.status as AlertRow["status"]);
  if (query.overdue === "true")
    q = q.where("a.status", "in", ["raised", "acknowledged"]).where("a.deadline", "<", today);
  const rows = await q
    .select(sql<string>`count(*) over ()`.as("total"))
    .orderBy(sql`case when a.status in ('raised', 'acknowledged') then 0 else 1 end`)
    .orderBy("a.deadline")
    .orderBy("a.code")
    .orderBy("a.id")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items: rows.map((r) => present(r, actor, today)), total: Number(rows[0]?.total ?? 0) };
}

async function loadAlert(deps: Pick<Deps, "db">, actor: Actor, id: string, rule: Rule<ProjectScope>) {
  const row = await alertQuery(deps).where("a.id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("WAGES_ALERT_NOT_FOUND", "No such alert");
  authorize(rule, actor, scopeOf(row));
  return row;
}

export async function getAlert(deps: Deps, actor: Actor, id: string) {
  const row = await loadAlert(deps, actor, id, alertPolicy.read);
  const events = await deps.db
    .selectFrom("wage_alert_events as e")
    .leftJoin("users as u", "u.id", "e.actor_id")
    .select(["e.at", "u.display_name", "e.from_status", "e.to_status", "e.note"])
    .where("e.alert_id", "=", id)
    .orderBy("e.at")
    .orderBy("e.id")
    .execute();
  return {
    alert: present(row, actor, todayInChina(deps.clock.now())),
    events: events.map((e) => ({
      at: e.at.toISOString(),
      actorName: e.display_name,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
    })),
  };
}

const TRANSITIONS = {
  acknowledge: { from: ["raised"], to: "acknowledged", rule: alertPolicy.handle },
  dispose: { from: ["raised", "acknowledged"], to: "disposed", rule: alertPolicy.handle },
  close: { from: ["disposed"], to: "closed", rule: alertPolicy.verify },
} as const;

/** Moves an alert along raised → acknowledged → disposed → closed, with who, when and what. */
export async function moveAlert(
  deps: Deps,
  actor: Actor,
  id: string,
  action: keyof typeof TRANSITIONS,
  body: { note?: string; measures?: string; evidence?: string[] },
) {
  const t = TRANSITIONS[action];
  const row = await loadAlert(deps, actor, id, t.rule);
  const now = deps.clock.now();
  const stamp =
    action === "acknowledge"
      ? { acknowledged_at: now }
      : action === "dispose"
        ? { disposed_at: now, disposed_on: todayInChina(now) }
        : { closed_at: now };
  const moved = await deps.db
    .updateTable("wage_alerts")
    .set({ status: t.to, ...stamp })
    .where("id", "=", id)
    .where("status", "in", [...t.from])
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) === 0)
    throw new AppError("WAGES_BAD_TRANSITION", `An alert that is ${row.status} cannot be ${t.to}`);
  const details = action === "dispose" ? { measures: body.measures, evidence: body.evidence ?? [] } : null;
  await insertEvents(
    deps.db,
    [
      {
        alert_id: id,
        actor_id: actor.id,
        from_status: row.status,
        to_status: t.to,
        note: body.measures ?? body.note ?? null,
        details: details ? JSON.stringify(details) : null,
      },
    ],
    now,
  );
  return present(await loadAlert(deps, actor, id, alertPolicy.read), actor, todayInChina(now));
}

/**
 * Of the alerts raised (in their current round) between two days: how many were disposed, and how
 * many by their deadline, per department, county or month, within the caller's reach.
 */
export async function alertRates(
  deps: Deps,
  actor: Actor,
  query: { by: "department" | "county" | "month"; from: string; to: string },
) {
  const county = sql<string>`coalesce(nullif(split_part(r.path, '.', 3), ''), p.region_code)`;
  const key =
    query.by === "department"
      ? sql<string>`p.department_id::text`
      : query.by === "county"
        ? county
        : sql<string>`to_char(a.raised_on, 'YYYY-MM')`;
  const name =
    query.by === "department"
      ? sql<string>`min(d.name)`
      : query.by === "county"
        ? sql<string>`min((select c.name from regions c where c.code = ${county}))`
        : sql<string>`min(to_char(a.raised_on, 'YYYY-MM'))`;
  let q = deps.db
    .selectFrom("wage_alerts as a")
    .innerJoin("wage_projects as p", "p.id", "a.project_id")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .innerJoin("organisations as d", "d.id", "p.department_id")
    .where("a.raised_on", ">=", query.from)
    .where("a.raised_on", "<=", query.to);
  if (actor.role === "department") q = q.where("p.department_id", "=", actor.organisationId ?? "");
  else {
    const path = actor.regionPath ?? "-";
    q = q.where((eb) => eb.or([eb("r.path", "=", path), eb("r.path", "like", `${path}.%`)]));
  }
  const rows = await q
    .select([
      key.as("key"),
      name.as("name"),
      sql<string>`count(*)`.as("raised"),
      sql<string>`count(*) filter (where a.status in ('disposed', 'closed'))`.as("disposed"),
      sql<string>`count(*) filter (where a.disposed_on <= a.deadline)`.as("on_time"),
    ])
    .groupBy(key)
    .orderBy(key)
    .execute();
  const rate = (raised: number, disposed: number, onTime: number, key: string, name: string) => ({
    key,
    name,
    raised,
    disposed,
    disposedOnTime: onTime,
    disposalRate: raised > 0 ? disposed / raised : null,
    onTimeRate: raised > 0 ? onTime / raised : null,
    meetsTarget: raised > 0 ? disposed / raised >= DISPOSAL_TARGET : null,
  });
  const out = rows.map((r) => rate(Number(r.raised), Number(r.disposed), Number(r.on_time), r.key, r.name));
  const sum = (f: (r: (typeof out)[number]) => number) => out.reduce((s, r) => s + f(r), 0);
  return {
    target: DISPOSAL_TARGET,
    rows: out,
    total: rate(
      sum((r) => r.raised),
      sum((r) => r.disposed),
      sum((r) => r.disposedOnTime),
      "total",
      "合计",
    ),
  };
}
