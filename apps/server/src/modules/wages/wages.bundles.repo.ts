import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** Projects in id order after `afterId`, with their region path, for the evaluation run. */
export function findProjectsPage(db: Db, afterId: string | null, limit: number, ids?: readonly string[]) {
  let q = db
    .selectFrom("wage_projects as p")
    .innerJoin("regions as r", "r.code", "p.region_code")
    .selectAll("p")
    .select("r.path as region_path")
    .orderBy("p.id")
    .limit(limit);
  if (afterId) q = q.where("p.id", ">", afterId);
  if (ids) q = q.where("p.id", "in", ids.length > 0 ? ids : ["00000000-0000-0000-0000-000000000000"]);
  return q.execute();
}
export type EvaluatedProjectRow = Awaited<ReturnType<typeof findProjectsPage>>[number];

/** Every fact the rules read for a set of projects, months up to `lastMonth`, each by a range of the project's index. */
export async function findProjectFacts(db: Db, projectIds: readonly string[], lastMonth: string) {
  const [workers, attendance, payroll, allocations] = await Promise.all([
    db
      .selectFrom("wage_workers")
      .select([
        "id",
        "project_id",
        "worker_key",
        "contract_signed",
        "real_name_verified",
        "entered_on",
        "exited_on",
        "exit_settlement_confirmed_on",
      ])
      .where("project_id", "in", projectIds)
      .orderBy("project_id")
      .orderBy("worker_key")
      .execute(),
    db
      .selectFrom("wage_attendance")
      .select(["worker_id", "month", "days"])
      .where("project_id", "in", projectIds)
      .where("month", "<=", lastMonth)
      .execute(),
    db
      .selectFrom("wage_payroll")
      .select(["worker_id", "month", "payable", "paid", "paid_on", "via_special_account", "worker_signed"])
      .where("project_id", "in", projectIds)
      .where("month", "<=", lastMonth)
      .execute(),
    db
      .selectFrom("wage_allocations")
      .select(["project_id", "month", "amount", "allocated_on"])
      .where("project_id", "in", projectIds)
      .execute(),
  ]);
  return { workers, attendance, payroll, allocations };
}
