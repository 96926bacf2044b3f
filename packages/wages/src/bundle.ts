import { z } from "zod";
import { parametersSchema } from "./parameters.ts";

/**
 * The bundle: every fact about one project the rules read, as of `asOf`. Dates `YYYY-MM-DD`, months
 * `YYYY-MM`, money in yuan. A bundle that breaks the format is refused with every error and its JSON
 * path (`$.payroll[3].paid`); nothing is evaluated. Keys the format does not know are ignored.
 */

const isoDate = z.iso.date({ error: "expected a date written YYYY-MM-DD" });
const nullableDate = isoDate.nullable().default(null);
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month written YYYY-MM");
const month = monthSchema;
const money = z
  .number({ error: "expected an amount in yuan" })
  .finite()
  .nonnegative("money cannot be negative");
const id = z.string().min(1, "expected a non-empty id");

export const DEPOSIT_FORMS = ["cash", "bank_guarantee", "insurance"] as const;

const depositSchema = z
  .object({
    form: z.enum(DEPOSIT_FORMS).nullable().default(null),
    amount: money.nullable().default(null),
    depositedOn: nullableDate,
    /** Only guarantees and insurance expire. */
    expiresOn: nullableDate,
    exempt: z.boolean().default(false),
  })
  .superRefine(
    (raw, ctx) => {
      const deposit = raw as Record<string, unknown>;
      if (deposit.exempt === true) return;
      for (const key of ["form", "amount", "depositedOn"] as const) {
        if (deposit[key] === undefined || deposit[key] === null)
          ctx.addIssue({ code: "custom", path: [key], message: `required unless the deposit is exempt` });
      }
    },
    { when: () => true },
  );

export const projectSchema = z.object({
  id,
  name: z.string().min(1),
  regionCode: z.string().regex(/^\d{6}$/, "expected a six-digit GB/T 2260 region code"),
  contractAmount: money,
  contractSignedOn: isoDate,
  permitIssuedOn: nullableDate,
  startedOn: nullableDate,
  completedOn: nullableDate,
  registeredOn: nullableDate,
  siteBoardPublishedOn: nullableDate,
  laborOfficerAssigned: z.boolean(),
  specialAccount: z.object({ openedOn: nullableDate }).nullable().default(null),
  deposit: depositSchema.nullable().default(null),
});

export const workerSchema = z.object({
  id,
  contractSigned: z.boolean(),
  realNameVerified: z.boolean(),
  enteredOn: isoDate,
  exitedOn: nullableDate,
  exitSettlementConfirmedOn: nullableDate,
});

export const attendanceSchema = z.object({
  workerId: id,
  month,
  days: z.number().min(0, "days must be between 0 and 31").max(31, "days must be between 0 and 31"),
});

export const payrollSchema = z.object({
  workerId: id,
  month,
  payable: money,
  paid: money,
  paidOn: nullableDate,
  viaSpecialAccount: z.boolean(),
  workerSigned: z.boolean(),
});

export const allocationSchema = z.object({ month, amount: money, allocatedOn: isoDate });

export const complaintSchema = z.object({ id, receivedOn: isoDate, closedOn: nullableDate });

export const bundleSchema = z
  .object({
    asOf: isoDate,
    calendar: z
      .object({ holidays: z.array(isoDate).default([]), extraWorkdays: z.array(isoDate).default([]) })
      .default({ holidays: [], extraWorkdays: [] }),
    parameters: parametersSchema.default({}),
    project: projectSchema,
    workers: z.array(workerSchema).default([]),
    attendance: z.array(attendanceSchema).default([]),
    payroll: z.array(payrollSchema).default([]),
    laborCostAllocations: z.array(allocationSchema).default([]),
    complaints: z.array(complaintSchema).default([]),
  })
  .superRefine((raw, ctx) => crossCheck(raw, ctx), { when: () => true });

export type BundleInput = z.input<typeof bundleSchema>;
export type Bundle = z.output<typeof bundleSchema>;
export type Worker = Bundle["workers"][number];
export type PayrollRow = Bundle["payroll"][number];

export interface BundleError {
  /** JSON path of the offending value: `$.payroll[3].paid`. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; bundle: Bundle } | { ok: false; errors: BundleError[] };

export function parseBundle(value: unknown): ParseResult {
  const result = bundleSchema.safeParse(value);
  if (result.success) return { ok: true, bundle: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
  };
}

/** A bundle from JSON text; text that is not JSON is one error at `$`. */
export function parseBundleText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: "$", message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return parseBundle(value);
}

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

type Ctx = z.core.$RefinementCtx;

/**
 * What one row cannot say about another: unknown and repeated workers, attendance given twice for a
 * month, a worker leaving before entering, a complaint closed before it was received, a day both a
 * holiday and a working day. Runs on the raw value even where fields are malformed, so that every
 * error is reported at once.
 */
function crossCheck(raw: unknown, ctx: Ctx): void {
  const bundle = record(raw);
  const workers = new Map<string, number>();
  rows(bundle.workers).forEach((worker, i) => {
    const workerId = worker.id;
    if (typeof workerId !== "string") return;
    const first = workers.get(workerId);
    if (first !== undefined)
      issue(ctx, ["workers", i, "id"], `worker ${workerId} is already listed at $.workers[${first}]`);
    else workers.set(workerId, i);
    if (isText(worker.exitedOn) && isText(worker.enteredOn) && worker.exitedOn < worker.enteredOn)
      issue(ctx, ["workers", i, "exitedOn"], "a worker cannot leave before entering");
  });
  const unknownWorker = (key: "attendance" | "payroll") =>
    rows(bundle[key]).forEach((row, i) => {
      if (typeof row.workerId === "string" && row.workerId !== "" && !workers.has(row.workerId))
        issue(ctx, [key, i, "workerId"], `no worker ${row.workerId} in $.workers`);
    });
  unknownWorker("attendance");
  unknownWorker("payroll");
  const attended = new Map<string, number>();
  rows(bundle.attendance).forEach((row, i) => {
    if (typeof row.workerId !== "string" || typeof row.month !== "string") return;
    const key = `${row.workerId}|${row.month}`;
    const first = attended.get(key);
    if (first !== undefined)
      issue(
        ctx,
        ["attendance", i],
        `attendance of ${row.workerId} for ${row.month} is already given at $.attendance[${first}]`,
      );
    else attended.set(key, i);
  });
  const complaints = new Map<string, number>();
  rows(bundle.complaints).forEach((complaint, i) => {
    if (typeof complaint.id === "string") {
      const first = complaints.get(complaint.id);
      if (first !== undefined)
        issue(
          ctx,
          ["complaints", i, "id"],
          `complaint ${complaint.id} is already listed at $.complaints[${first}]`,
        );
      else complaints.set(complaint.id, i);
    }
    if (
      isText(complaint.closedOn) &&
      isText(complaint.receivedOn) &&
      complaint.closedOn < complaint.receivedOn
    )
      issue(ctx, ["complaints", i, "closedOn"], "a complaint cannot close before it was received");
  });
  const calendar = record(bundle.calendar);
  const holidays = new Set(Array.isArray(calendar.holidays) ? calendar.holidays : []);
  (Array.isArray(calendar.extraWorkdays) ? calendar.extraWorkdays : []).forEach((day: unknown, i: number) => {
    if (holidays.has(day))
      issue(ctx, ["calendar", "extraWorkdays", i], `${String(day)} is also listed as a holiday`);
  });
}

function issue(ctx: Ctx, path: PropertyKey[], message: string): void {
  ctx.addIssue({ code: "custom", path, message });
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function rows(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(record) : [];
}

function isText(value: unknown): value is string {
  return typeof value === "string";
}
