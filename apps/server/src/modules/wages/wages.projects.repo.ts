import { type Insertable, type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";
import type { WagePartyRole, WageProjectTable } from "../../db/types-wages.ts";

type Db = Kysely<Database> | Transaction<Database>;
/** A project's columns as written; `code` decides whether it is new. */
export type ProjectValues = Omit<Insertable<WageProjectTable>, "id" | "created_at" | "updated_at">;

export async function upsertProjectRow(db: Db, values: ProjectValues, now: Date) {
  const { code: _code, ...changes } = values;
  return db
    .insertInto("wage_projects")
    .values({ ...values, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column("code").doUpdateSet({ ...changes, updated_at: now }))
    .returning(["id", sql<boolean>`xmax = 0`.as("inserted")])
    .executeTakeFirstOrThrow();
}

export async function replaceParties(
  db: Db,
  projectId: string,
  parties: { role: WagePartyRole; organisationId: string }[],
) {
  await db.deleteFrom("wage_project_parties").where("project_id", "=", projectId).execute();
  if (parties.length === 0) return;
  await db
    .insertInto("wage_project_parties")
    .values(parties.map((p) => ({ project_id: projectId, role: p.role, organisation_id: p.organisationId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function findProjectRow(db: Db, id: string) {
  return db
    .selectFrom("wage_projects as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .innerJoin("organisations as d", "d.id", "p.department_id")
    .selectAll("p")
    .select(["r.name as region_name", "r.path as region_path", "d.name as department_name"])
    .where("p.id", "=", id)
    .executeTakeFirst();
}
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProjectRow>>>;

export function findParties(db: Db, projectId: string) {
  return db
    .selectFrom("wage_project_parties as p")
    .innerJoin("organisations as o", "o.id", "p.organisation_id")
    .select(["p.role", "p.organisation_id", "o.name", "o.credit_code"])
    .where("p.project_id", "=", projectId)
    .orderBy("p.role")
    .orderBy("o.name")
    .execute();
}

/** Alerts holding by severity and workers on the roster, for a set of projects. */
export async function projectCounts(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { red: number; yellow: number; workers: number }>();
  const [alerts, workers] = await Promise.all([
    db
      .selectFrom("wage_alerts")
      .select(["project_id", "severity", (eb) => eb.fn.countAll<string>().as("n")])
      .where("project_id", "in", ids)
      .where("holds", "=", true)
      .groupBy(["project_id", "severity"])
      .execute(),
    db
      .selectFrom("wage_workers")
      .select(["project_id", (eb) => eb.fn.countAll<string>().as("n")])
      .where("project_id", "in", ids)
      .groupBy("project_id")
      .execute(),
  ]);
  const out = new Map(ids.map((id) => [id, { red: 0, yellow: 0, workers: 0 }]));
  for (const a of alerts) {
    const c = out.get(a.project_id);
    if (c) c[a.severity] = Number(a.n);
  }
  for (const w of workers) {
    const c = out.get(w.project_id);
    if (c) c.workers = Number(w.n);
  }
  return out;
}

/** Per month: workers who worked, payable and paid, workers unpaid, labour cost allocated. */
export async function projectMonths(db: Db, projectId: string) {
  const result = await sql<{
    month: string;
    workers_worked: string;
    payable: string | null;
    paid: string | null;
    workers_unpaid: string;
    allocated: string | null;
  }>`
    with pay as (
      select w.id as worker_id, p.month, max(p.payable) as payable, sum(p.paid) as paid
      from wage_payroll p join wage_workers w on w.id = p.worker_id
      where w.project_id = ${projectId}
      group by w.id, p.month
    ),
    worked as (
      select a.worker_id, a.month from wage_attendance a join wage_workers w on w.id = a.worker_id
      where w.project_id = ${projectId} and a.days > 0
    ),
    months as (select month from worked union select month from pay
               union select month from wage_allocations where project_id = ${projectId})
    select m.month,
      (select count(*) from worked k where k.month = m.month) as workers_worked,
      (select sum(payable) from pay where pay.month = m.month) as payable,
      (select sum(paid) from pay where pay.month = m.month) as paid,
      (select count(*) from worked k left join pay on pay.worker_id = k.worker_id and pay.month = k.month
        where k.month = m.month and coalesce(pay.paid, 0) = 0) as workers_unpaid,
      (select sum(amount) from wage_allocations l where l.project_id = ${projectId} and l.month = m.month) as allocated
    from months m order by m.month desc
  `.execute(db);
  return result.rows;
}

export async function workerIdsByKey(db: Db, projectId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("wage_workers")
    .select(["id", "worker_key"])
    .where("project_id", "=", projectId)
    .execute();
  return new Map(rows.map((r) => [r.worker_key, r.id]));
}

export interface ProjectFilter {
  /** Offices: projects in this region subtree. */
  regionPath?: string;
  departmentId?: string;
  /** Employers: projects they are a party to. */
  partyId?: string;
  light?: "red" | "yellow" | "green";
  q?: string;
}

const holding = (severity: "red" | "yellow") =>
  sql<boolean>`exists (select 1 from wage_alerts a where a.project_id = p.id and a.holds and a.severity = ${severity})`;

/** Projects matching the filter, worst light first, with the total. */
export async function findProjects(db: Db, filter: ProjectFilter, limit: number, offset: number) {
  let q = db
    .selectFrom("wage_projects as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .innerJoin("organisations as d", "d.id", "p.department_id");
  if (filter.regionPath)
    q = q.where((eb) =>
      eb.or([eb("r.path", "=", filter.regionPath as string), eb("r.path", "like", `${filter.regionPath}.%`)]),
    );
  if (filter.departmentId) q = q.where("p.department_id", "=", filter.departmentId);
  if (filter.partyId) {
    const partyId = filter.partyId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("wage_project_parties as w")
          .select("w.project_id")
          .whereRef("w.project_id", "=", "p.id")
          .where("w.organisation_id", "=", partyId),
      ),
    );
  }
  if (filter.q)
    q = q.where((eb) =>
      eb.or([eb("p.name", "ilike", `%${filter.q}%`), eb("p.code", "=", filter.q as string)]),
    );
  if (filter.light === "red") q = q.where(holding("red"));
  if (filter.light === "yellow") q = q.where(sql<boolean>`not ${holding("red")} and ${holding("yellow")}`);
  if (filter.light === "green") q = q.where(sql<boolean>`not ${holding("red")} and not ${holding("yellow")}`);
  const rows = await q
    .selectAll("p")
    .select(["r.name as region_name", "r.path as region_path", "d.name as department_name"])
    .select(sql<string>`count(*) over ()`.as("total"))
    .orderBy(sql`case when ${holding("red")} then 0 when ${holding("yellow")} then 1 else 2 end`)
    .orderBy("p.name")
    .orderBy("p.id")
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, total: Number(rows[0]?.total ?? 0) };
}
