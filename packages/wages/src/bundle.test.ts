import { describe, expect, it } from "vitest";
import { parseBundle, parseBundleText } from "./bundle.ts";
import { cleanBundle } from "./testing/bundle.ts";

function errorsOf(input: unknown): { path: string; message: string }[] {
  const result = parseBundle(input);
  if (result.ok) throw new Error("expected the bundle to be refused");
  return result.errors;
}

describe("parseBundle", () => {
  it("accepts the clean bundle and fills the defaults", () => {
    const input = cleanBundle();
    delete input.calendar;
    const result = parseBundle({ ...input, complaints: undefined });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.calendar).toEqual({ holidays: [], extraWorkdays: [] });
    expect(result.bundle.parameters).toEqual({});
    expect(result.bundle.complaints).toEqual([]);
    expect(result.bundle.project.deposit?.exempt).toBe(false);
  });

  it("reads absent nullable dates as null", () => {
    const input = cleanBundle();
    const { completedOn: _c, permitIssuedOn: _p, ...project } = input.project;
    const result = parseBundle({ ...input, project });
    expect(result.ok && result.bundle.project.permitIssuedOn).toBeNull();
  });

  it("reports every error with its JSON path at once, cross-references included", () => {
    const input = cleanBundle();
    const bad = {
      ...input,
      asOf: "2026-02-30",
      project: { ...input.project, contractAmount: "12000000" },
      workers: [{ ...input.workers[0], enteredOn: "2026/03/01" }, input.workers[1]],
      attendance: [...input.attendance, { workerId: "W9", month: "2026-13", days: 32 }],
      payroll: input.payroll.map((row, i) => (i === 3 ? { ...row, paid: -5 } : row)),
      laborCostAllocations: [{ month: "2026-03", amount: -1, allocatedOn: null }],
    };
    const errors = errorsOf(bad);
    const paths = errors.map((e) => e.path).sort();
    expect(paths).toEqual(
      [
        "$.asOf",
        "$.project.contractAmount",
        "$.workers[0].enteredOn",
        "$.attendance[6].month",
        "$.attendance[6].days",
        "$.attendance[6].workerId",
        "$.payroll[3].paid",
        "$.laborCostAllocations[0].amount",
        "$.laborCostAllocations[0].allocatedOn",
      ].sort(),
    );
    expect(errors.find((e) => e.path === "$.attendance[6].workerId")?.message).toBe(
      "no worker W9 in $.workers",
    );
    expect(errors.find((e) => e.path === "$.attendance[6].days")?.message).toMatch(/0 and 31/);
    expect(errors.find((e) => e.path === "$.payroll[3].paid")?.message).toMatch(/negative/);
  });

  it("refuses unknown workers in payroll, repeated workers, attendance and complaints", () => {
    const input = cleanBundle();
    const errors = errorsOf({
      ...input,
      workers: [...input.workers, { ...input.workers[0] }],
      attendance: [...input.attendance, { workerId: "W1", month: "2026-03", days: 3 }],
      payroll: [{ ...input.payroll[0], workerId: "X" }],
      complaints: [
        { id: "C1", receivedOn: "2026-05-01", closedOn: null },
        { id: "C1", receivedOn: "2026-05-02", closedOn: "2026-05-01" },
      ],
    });
    expect(errors).toEqual([
      { path: "$.workers[2].id", message: "worker W1 is already listed at $.workers[0]" },
      { path: "$.payroll[0].workerId", message: "no worker X in $.workers" },
      {
        path: "$.attendance[6]",
        message: "attendance of W1 for 2026-03 is already given at $.attendance[0]",
      },
      { path: "$.complaints[1].id", message: "complaint C1 is already listed at $.complaints[0]" },
      { path: "$.complaints[1].closedOn", message: "a complaint cannot close before it was received" },
    ]);
  });

  it("refuses impossible dates: leaving before entering, a holiday that is also a working day", () => {
    const input = cleanBundle();
    const errors = errorsOf({
      ...input,
      calendar: { holidays: ["2026-05-01"], extraWorkdays: ["2026-05-01"] },
      workers: [{ ...input.workers[0], exitedOn: "2026-02-01" }, input.workers[1]],
    });
    expect(errors.map((e) => e.path)).toEqual(["$.workers[0].exitedOn", "$.calendar.extraWorkdays[0]"]);
  });

  it("needs the form, amount and date of a deposit unless it is exempt", () => {
    const input = cleanBundle();
    const errors = errorsOf({ ...input, project: { ...input.project, deposit: { form: "gold" } } });
    expect(errors.map((e) => e.path)).toEqual([
      "$.project.deposit.form",
      "$.project.deposit.amount",
      "$.project.deposit.depositedOn",
    ]);
    expect(parseBundle({ ...input, project: { ...input.project, deposit: { exempt: true } } }).ok).toBe(true);
  });

  it("refuses a missing project and arrays that are not arrays", () => {
    const errors = errorsOf({ asOf: "2026-06-15", workers: {}, payroll: [null] });
    expect(errors.map((e) => e.path)).toEqual(["$.project", "$.workers", "$.payroll[0]"]);
  });

  it("reports text that is not JSON at the root", () => {
    const result = parseBundleText("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe("$");
  });
});
