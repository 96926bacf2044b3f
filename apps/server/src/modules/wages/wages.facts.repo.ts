import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import type { Database } from "../../db/types.ts";

type Db = Kysely<Database> | Transaction<Database>;

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Rows a statement takes at a time, well below PostgreSQL's 65 535 parameters. */
const CHUNK = 2000;

/**
 * Upserts rows through `statement` a chunk at a time. Each statement updates a row only when a value
 * differs and returns `inserted` for the rows it wrote, so what it did not return is unchanged.
 */
async function upsertCounted<R>(
  rows: readonly R[],
  statement: (chunk: readonly R[]) => Promise<{ inserted: boolean }[]>,
): Promise<UpsertCounts> {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const written = await statement(chunk);
    const created = written.filter((w) => w.inserted).length;
    counts.created += created;
    counts.updated += written.length - created;
    counts.unchanged += chunk.length - written.length;
  }
  return counts;
}

const inserted = sql<boolean>`xmax = 0`.as("inserted");

function changed(table: string, columns: readonly string[]): RawBuilder<boolean> {
  const mine = sql.join(columns.map((c) => sql.ref(`${table}.${c}`)));
  const theirs = sql.join(columns.map((c) => sql.ref(`excluded.${c}`)));
  return sql<boolean>`(${mine}) is distinct from (${theirs})`;
}

export interface WorkerValues {
  project_id: string;
  worker_key: string;
  name: string;
  id_number_enc: string | null;
  id_number_hash: string | null;
  contract_signed: boolean;
  real_name_verified: boolean;
  entered_on: string;
  exited_on: string | null;
  exit_settlement_confirmed_on: string | null;
}

const WORKER_FIELDS = [
  "name",
  "id_number_hash",
  "contract_signed",
  "real_name_verified",
  "entered_on",
  "exited_on",
  "exit_settlement_confirmed_on",
] as const;

/** The roster by (project, worker key). An unchanged identity number keeps its ciphertext. */
export function upsertWorkers(db: Db, rows: readonly WorkerValues[]) {
  return upsertCounted(rows, (chunk) =>
    db
      .insertInto("wage_workers")
      .values([...chunk])
      .onConflict((oc) =>
        oc
          .columns(["project_id", "worker_key"])
          .doUpdateSet((eb) => ({
            ...Object.fromEntries(WORKER_FIELDS.map((c) => [c, eb.ref(`excluded.${c}`)])),
            id_number_enc: eb.ref("excluded.id_number_enc"),
          }))
          .where(() => changed("wage_workers", WORKER_FIELDS)),
      )
      .returning(inserted)
      .execute(),
  );
}

export function upsertAttendance(
  db: Db,
  rows: readonly { worker_id: string; project_id: string; month: string; days: number }[],
) {
  return upsertCounted(rows, (chunk) =>
    db
      .insertInto("wage_attendance")
      .values([...chunk])
      .onConflict((oc) =>
        oc
          .columns(["worker_id", "month"])
          .doUpdateSet((eb) => ({ days: eb.ref("excluded.days") }))
          .where(() => changed("wage_attendance", ["days"])),
      )
      .returning(inserted)
      .execute(),
  );
}

export interface PayrollValues {
  worker_id: string;
  project_id: string;
  month: string;
  row_key: string;
  payable: number;
  paid: number;
  paid_on: string | null;
  via_special_account: boolean;
  worker_signed: boolean;
}

const PAYROLL_FIELDS = [
  "month",
  "payable",
  "paid",
  "paid_on",
  "via_special_account",
  "worker_signed",
] as const;

export function upsertPayroll(db: Db, rows: readonly PayrollValues[]) {
  return upsertCounted(rows, (chunk) =>
    db
      .insertInto("wage_payroll")
      .values([...chunk])
      .onConflict((oc) =>
        oc
          .columns(["worker_id", "row_key"])
          .doUpdateSet((eb) => Object.fromEntries(PAYROLL_FIELDS.map((c) => [c, eb.ref(`excluded.${c}`)])))
          .where(() => changed("wage_payroll", PAYROLL_FIELDS)),
      )
      .returning(inserted)
      .execute(),
  );
}

export function upsertAllocations(
  db: Db,
  rows: readonly {
    project_id: string;
    month: string;
    row_key: string;
    amount: number;
    allocated_on: string;
  }[],
) {
  const fields = ["month", "amount", "allocated_on"] as const;
  return upsertCounted(rows, (chunk) =>
    db
      .insertInto("wage_allocations")
      .values([...chunk])
      .onConflict((oc) =>
        oc
          .columns(["project_id", "row_key"])
          .doUpdateSet((eb) => Object.fromEntries(fields.map((c) => [c, eb.ref(`excluded.${c}`)])))
          .where(() => changed("wage_allocations", fields)),
      )
      .returning(inserted)
      .execute(),
  );
}
