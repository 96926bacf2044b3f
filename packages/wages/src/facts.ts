import type { Bundle, PayrollRow, Worker } from "./bundle.ts";
import { monthOf, WorkingCalendar, wageDueDate } from "./calendar.ts";
import { type RuleParameters, resolveParameters, roundMoney } from "./parameters.ts";

/** A worker's pay for one month: several payroll rows for a worker and month are one. */
export interface MonthPay {
  /** The largest `payable` among the rows. */
  payable: number;
  /** The sum of `paid` over the rows paid on or before asOf. */
  paid: number;
  /** The rows that are payments made by asOf (paid > 0). */
  payments: PayrollRow[];
}

/**
 * The bundle as it stands on asOf: what is dated after asOf does not exist yet (workers who have not
 * entered, payments not yet made, allocations not yet made, complaints not yet received) and
 * attendance and payroll of months after asOf's month are ignored.
 */
export interface Facts {
  asOf: string;
  asOfMonth: string;
  parameters: RuleParameters;
  calendar: WorkingCalendar;
  project: Bundle["project"];
  workers: Worker[];
  /** Days worked (> 0) by worker and month. */
  worked: Map<string, Map<string, number>>;
  /** Workers who worked, by month. */
  workersByMonth: Map<string, string[]>;
  pay: Map<string, Map<string, MonthPay>>;
  /** Months with an allocation of labour cost (> 0) made by asOf. */
  allocatedMonths: Set<string>;
  complaints: Bundle["complaints"];
}

/** A date that exists on asOf: given and on or before it. */
export function onOrBefore(date: string | null | undefined, asOf: string): date is string {
  return date != null && date <= asOf;
}

/** A month is closed when its due date (last day of the next month) is before asOf. */
export function isClosed(month: string, asOf: string): boolean {
  return wageDueDate(month) < asOf;
}

export function factsOf(bundle: Bundle): Facts {
  const { asOf } = bundle;
  const asOfMonth = monthOf(asOf);
  const workers = bundle.workers.filter((w) => w.enteredOn <= asOf);
  const present = new Set(workers.map((w) => w.id));
  const worked = new Map<string, Map<string, number>>();
  const workersByMonth = new Map<string, string[]>();
  for (const row of bundle.attendance) {
    if (row.days <= 0 || row.month > asOfMonth || !present.has(row.workerId)) continue;
    getOrAdd(worked, row.workerId, () => new Map()).set(row.month, row.days);
    getOrAdd(workersByMonth, row.month, () => []).push(row.workerId);
  }
  const pay = new Map<string, Map<string, MonthPay>>();
  for (const row of bundle.payroll) {
    if (row.month > asOfMonth || !present.has(row.workerId)) continue;
    const months = getOrAdd(pay, row.workerId, () => new Map());
    const month = getOrAdd(months, row.month, () => ({ payable: 0, paid: 0, payments: [] }));
    month.payable = Math.max(month.payable, row.payable);
    if (onOrBefore(row.paidOn, asOf) && row.paid > 0) {
      month.paid = roundMoney(month.paid + row.paid, 2);
      month.payments.push(row);
    }
  }
  const allocatedMonths = new Set(
    bundle.laborCostAllocations.filter((a) => a.amount > 0 && a.allocatedOn <= asOf).map((a) => a.month),
  );
  return {
    asOf,
    asOfMonth,
    parameters: resolveParameters(bundle.parameters),
    calendar: new WorkingCalendar(bundle.calendar),
    project: bundle.project,
    workers,
    worked,
    workersByMonth,
    pay,
    allocatedMonths,
    complaints: bundle.complaints.filter((c) => c.receivedOn <= asOf),
  };
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
