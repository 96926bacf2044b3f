import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALERT_CODES, RULES } from "./alerts.ts";
import { parseBundleText } from "./bundle.ts";
import { evaluateBundle, RULESET_VERSION } from "./evaluate.ts";
import { DEFAULT_PARAMETERS, resolveParameters } from "./parameters.ts";
import { alertsOf, brief, cleanBundle } from "./testing/bundle.ts";

const example = readFileSync(new URL("../fixtures/example.json", import.meta.url), "utf8");

describe("evaluateBundle", () => {
  it("finds the one open complaint in the specification's example", () => {
    const parsed = parseBundleText(example);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(evaluateBundle(parsed.bundle).alerts).toEqual([
      {
        code: "WA18",
        severity: "yellow",
        subject: { complaintId: "C1" },
        basis: "条例 Art 10",
        message: "投诉C1于2026-05-01收到，尚未办结",
      },
    ]);
    expect(resolveParameters(parsed.bundle.parameters)).toEqual(DEFAULT_PARAMETERS);
  });

  it("sorts by code, then worker, month and complaint", () => {
    const b = cleanBundle();
    b.project.laborOfficerAssigned = false;
    b.project.registeredOn = null;
    for (const row of b.payroll) {
      if (row.month === "2026-04") Object.assign(row, { paid: 0, paidOn: null });
      if (row.month === "2026-03") row.workerSigned = false;
    }
    b.complaints.push(
      { id: "C2", receivedOn: "2026-05-02", closedOn: null },
      { id: "C10", receivedOn: "2026-05-01", closedOn: null },
    );
    expect(brief(alertsOf(b))).toEqual([
      "WA01 yellow",
      "WA07 red W1 2026-04",
      "WA07 red W2 2026-04",
      "WA09 red 2026-04",
      "WA11 yellow W1 2026-03",
      "WA11 yellow W2 2026-03",
      "WA17 yellow",
      "WA18 yellow C10",
      "WA18 yellow C2",
    ]);
  });

  it("gives every alert its rule's basis and a message naming the subject", () => {
    const b = cleanBundle();
    b.project.deposit = null;
    b.workers[1] = { ...b.workers[0], id: "W2", contractSigned: false } as (typeof b.workers)[number];
    for (const alert of alertsOf(b)) {
      expect(alert.basis).toBe(RULES[alert.code].basis);
      if (alert.subject.workerId) expect(alert.message).toContain(alert.subject.workerId);
    }
  });

  it("is deterministic and names a rule-set version", () => {
    const b = cleanBundle();
    b.asOf = "2026-09-30";
    expect(alertsOf(b)).toEqual(alertsOf(structuredClone(b)));
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d+$/);
    expect(ALERT_CODES).toHaveLength(18);
  });

  it("evaluates the same facts the same way whatever lies after asOf", () => {
    const before = cleanBundle();
    const after = cleanBundle();
    after.workers.push({
      ...after.workers[0],
      id: "W9",
      enteredOn: "2026-06-20",
      contractSigned: false,
    } as (typeof after.workers)[number]);
    after.attendance.push(
      { workerId: "W9", month: "2026-06", days: 3 },
      { workerId: "W1", month: "2026-07", days: 20 },
    );
    after.laborCostAllocations.push({ month: "2026-06", amount: 1, allocatedOn: "2026-06-30" });
    after.complaints.push({ id: "C9", receivedOn: "2026-06-16", closedOn: null });
    after.project.completedOn = "2026-12-01";
    expect(alertsOf(after)).toEqual(alertsOf(before));
  });
});
