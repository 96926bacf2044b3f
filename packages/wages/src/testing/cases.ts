import { expect, it } from "vitest";
import { alertsOf, brief, cleanBundle } from "./bundle.ts";

export type Draft = ReturnType<typeof cleanBundle>;
export type Case = [name: string, change: (b: Draft) => void, expected: string[]];

/** One test per case: the clean bundle (asOf Monday 2026-06-15) changed, then what is raised. */
export function runCases(cases: Case[]): void {
  it.each(cases)("%s", (_name, change, expected) => {
    const bundle = cleanBundle();
    change(bundle);
    expect(brief(alertsOf(bundle))).toEqual(expected);
  });
}

/** The clean bundle's payroll row of a worker and month. */
export function payrollRow(b: Draft, workerId: string, month: string): Draft["payroll"][number] {
  const row = b.payroll.find((r) => r.workerId === workerId && r.month === month);
  if (!row) throw new Error(`no payroll row for ${workerId} ${month}`);
  return row;
}

export function attendanceRow(b: Draft, workerId: string, month: string): Draft["attendance"][number] {
  const row = b.attendance.find((r) => r.workerId === workerId && r.month === month);
  if (!row) throw new Error(`no attendance for ${workerId} ${month}`);
  return row;
}

export function allocation(b: Draft, month: string): Draft["laborCostAllocations"][number] {
  const row = b.laborCostAllocations.find((r) => r.month === month);
  if (!row) throw new Error(`no allocation for ${month}`);
  return row;
}

/** Adds workers W3…Wn who worked and were paid in full like W1 and W2. */
export function addPaidWorkers(b: Draft, total: number): void {
  for (let n = b.workers.length + 1; n <= total; n++) {
    const id = `W${n}`;
    b.workers.push({ ...b.workers[0], id } as Draft["workers"][number]);
    b.attendance.push(
      ...b.attendance.filter((a) => a.workerId === "W1").map((a) => ({ ...a, workerId: id })),
    );
    b.payroll.push(...b.payroll.filter((r) => r.workerId === "W1").map((r) => ({ ...r, workerId: id })));
  }
}
