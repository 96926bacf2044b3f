import { describe } from "vitest";
import {
  addPaidWorkers,
  allocation,
  attendanceRow,
  type Draft,
  payrollRow as row,
  runCases as run,
} from "../testing/cases.ts";

const unpaid = (workerId: string, month: string) => (b: Draft) =>
  Object.assign(row(b, workerId, month), { paid: 0, paidOn: null });

describe("closed months: March and April are closed on 2026-06-15, May (due 06-30) is not", () => {
  run([
    [
      "April closes the day after its due date",
      (b) => {
        unpaid("W1", "2026-04")(b);
        b.asOf = "2026-06-01";
      },
      ["WA07 red W1 2026-04", "WA09 red 2026-04"],
    ],
    [
      "April is not closed on its due date",
      (b) => {
        unpaid("W1", "2026-04")(b);
        b.asOf = "2026-05-31";
      },
      [],
    ],
    ["May unpaid is not due yet", () => {}, []],
    [
      "May unpaid once closed",
      (b) => {
        b.asOf = "2026-07-01";
      },
      ["WA07 red W1 2026-05", "WA07 red W2 2026-05", "WA09 red 2026-05"],
    ],
  ]);
});

describe("WA07 worked and not paid, WA08 paid in part", () => {
  run([
    ["unpaid", unpaid("W1", "2026-04"), ["WA07 red W1 2026-04", "WA09 red 2026-04"]],
    [
      "no payroll row at all",
      (b) => void b.payroll.splice(b.payroll.indexOf(row(b, "W1", "2026-04")), 1),
      ["WA07 red W1 2026-04", "WA09 red 2026-04"],
    ],
    [
      "paid late, before asOf",
      (b) => {
        row(b, "W1", "2026-04").paidOn = "2026-06-10";
      },
      [],
    ],
    [
      "paid on asOf",
      (b) => {
        row(b, "W1", "2026-04").paidOn = "2026-06-15";
      },
      [],
    ],
    [
      "paid after asOf",
      (b) => {
        row(b, "W1", "2026-04").paidOn = "2026-06-16";
      },
      ["WA07 red W1 2026-04", "WA09 red 2026-04"],
    ],
    [
      "did not work (0 days)",
      (b) => {
        unpaid("W1", "2026-04")(b);
        attendanceRow(b, "W1", "2026-04").days = 0;
      },
      [],
    ],
    [
      "paid one fen short",
      (b) => {
        row(b, "W1", "2026-04").paid = 5999.99;
      },
      ["WA08 red W1 2026-04"],
    ],
    [
      "paid in two rows adding up",
      (b) => {
        Object.assign(row(b, "W1", "2026-04"), { paid: 3000 });
        b.payroll.push({ ...row(b, "W1", "2026-04"), paid: 3000, paidOn: "2026-05-20" });
      },
      [],
    ],
    [
      "two rows, the second paid after asOf",
      (b) => {
        Object.assign(row(b, "W1", "2026-04"), { paid: 3000 });
        b.payroll.push({ ...row(b, "W1", "2026-04"), paid: 3000, paidOn: "2026-06-20" });
      },
      ["WA08 red W1 2026-04"],
    ],
    [
      "two rows: payable is the largest",
      (b) => b.payroll.push({ ...row(b, "W1", "2026-04"), payable: 6500, paid: 0, paidOn: null }),
      ["WA08 red W1 2026-04"],
    ],
    [
      "0.1 + 0.2 paid against 0.3 payable is in full",
      (b) => {
        Object.assign(row(b, "W1", "2026-04"), { payable: 0.3, paid: 0.1 });
        b.payroll.push({ ...row(b, "W1", "2026-04"), payable: 0.3, paid: 0.2 });
        attendanceRow(b, "W1", "2026-04").days = 0;
      },
      [],
    ],
  ]);
});

describe("WA09 share of workers unpaid in a closed month", () => {
  run([
    [
      "1 of 10 is 10 %: yellow",
      (b) => {
        addPaidWorkers(b, 10);
        unpaid("W3", "2026-03")(b);
      },
      ["WA07 red W3 2026-03", "WA09 yellow 2026-03"],
    ],
    [
      "2 of 10 is over 10 %: red",
      (b) => {
        addPaidWorkers(b, 10);
        unpaid("W3", "2026-03")(b);
        unpaid("W4", "2026-03")(b);
      },
      ["WA07 red W3 2026-03", "WA07 red W4 2026-03", "WA09 red 2026-03"],
    ],
    [
      "1 of 11: yellow",
      (b) => {
        addPaidWorkers(b, 11);
        unpaid("W11", "2026-04")(b);
      },
      ["WA07 red W11 2026-04", "WA09 yellow 2026-04"],
    ],
    [
      "paid in part counts for WA08, not WA09",
      (b) => {
        row(b, "W2", "2026-03").paid = 10;
      },
      ["WA08 red W2 2026-03"],
    ],
  ]);
});

describe("WA06 labour cost not allocated for a closed month worked", () => {
  run([
    ["no allocation for March", (b) => void b.laborCostAllocations.shift(), ["WA06 red 2026-03"]],
    [
      "allocation of 0",
      (b) => {
        Object.assign(allocation(b, "2026-03"), { amount: 0 });
      },
      ["WA06 red 2026-03"],
    ],
    [
      "allocated after asOf",
      (b) => {
        Object.assign(allocation(b, "2026-04"), { allocatedOn: "2026-06-16" });
      },
      ["WA06 red 2026-04"],
    ],
    [
      "allocated late, before asOf",
      (b) => {
        Object.assign(allocation(b, "2026-04"), { allocatedOn: "2026-06-15" });
      },
      [],
    ],
    ["May (not closed) without allocation", (b) => void b.laborCostAllocations.pop(), []],
    [
      "a closed month nobody worked",
      (b) =>
        Object.assign(
          b,
          { attendance: b.attendance.map((a) => (a.month === "2026-03" ? { ...a, days: 0 } : a)) },
          void b.laborCostAllocations.shift(),
        ),
      [],
    ],
  ]);
});

describe("WA10 not through the special account, WA11 not signed", () => {
  run([
    [
      "paid outside the special account",
      (b) => {
        row(b, "W2", "2026-03").viaSpecialAccount = false;
      },
      ["WA10 yellow W2 2026-03"],
    ],
    [
      "not signed",
      (b) => {
        row(b, "W2", "2026-04").workerSigned = false;
      },
      ["WA11 yellow W2 2026-04"],
    ],
    [
      "an open month paid in cash, unsigned",
      (b) =>
        Object.assign(row(b, "W1", "2026-05"), {
          paid: 6000,
          paidOn: "2026-06-10",
          viaSpecialAccount: false,
          workerSigned: false,
        }),
      ["WA10 yellow W1 2026-05", "WA11 yellow W1 2026-05"],
    ],
    [
      "a payment after asOf is not made yet",
      (b) =>
        Object.assign(row(b, "W1", "2026-05"), {
          paid: 6000,
          paidOn: "2026-06-16",
          viaSpecialAccount: false,
          workerSigned: false,
        }),
      [],
    ],
    [
      "a row with nothing paid",
      (b) => Object.assign(row(b, "W1", "2026-05"), { viaSpecialAccount: false, workerSigned: false }),
      [],
    ],
  ]);
});

describe("WA12 payable below the minimum wage for the days worked", () => {
  const payable =
    (amount: number, days = 22) =>
    (b: Draft) => {
      Object.assign(row(b, "W1", "2026-05"), { payable: amount });
      attendanceRow(b, "W1", "2026-05").days = days;
    };
  run([
    ["a full month: one fen under 1900", payable(1899.99), ["WA12 yellow W1 2026-05"]],
    ["a full month: 1900", payable(1900), []],
    ["21.75 days is a full month", payable(1899.99, 21.75), ["WA12 yellow W1 2026-05"]],
    ["10 days: 873.563… rounds to 873.56, one fen under", payable(873.55, 10), ["WA12 yellow W1 2026-05"]],
    ["10 days: 873.56", payable(873.56, 10), []],
    [
      "minimum from parameters",
      (b) => Object.assign(b, { parameters: { minimumMonthlyWage: 6000.01 } }),
      [
        "WA12 yellow W1 2026-03",
        "WA12 yellow W1 2026-04",
        "WA12 yellow W1 2026-05",
        "WA12 yellow W2 2026-03",
        "WA12 yellow W2 2026-04",
        "WA12 yellow W2 2026-05",
      ],
    ],
    [
      "no payroll row: nothing to compare",
      (b) => Object.assign(b, { payroll: b.payroll.filter((r) => r.month !== "2026-05") }),
      [],
    ],
  ]);
});

describe("WA13 more than the single-payment limit", () => {
  run([
    ["50 000 exactly", (b) => Object.assign(row(b, "W1", "2026-03"), { payable: 50_000, paid: 50_000 }), []],
    [
      "50 000.01",
      (b) => Object.assign(row(b, "W1", "2026-03"), { payable: 50_000.01, paid: 50_000.01 }),
      ["WA13 yellow W1 2026-03"],
    ],
    [
      "two payments adding up to more",
      (b) => {
        Object.assign(row(b, "W1", "2026-03"), { payable: 60_000, paid: 30_000 });
        b.payroll.push({ ...row(b, "W1", "2026-03"), paid: 30_000 });
      },
      ["WA13 yellow W1 2026-03"],
    ],
    [
      "limit from parameters",
      (b) => Object.assign(b, { parameters: { singlePaymentLimit: 5999.99 } }),
      [
        "WA13 yellow W1 2026-03",
        "WA13 yellow W1 2026-04",
        "WA13 yellow W2 2026-03",
        "WA13 yellow W2 2026-04",
      ],
    ],
  ]);
});

describe("months after asOf's month are ignored", () => {
  run([
    [
      "a July payroll row far over the limit and under the minimum",
      (b) => {
        b.attendance.push({ workerId: "W1", month: "2026-07", days: 20 });
        b.payroll.push({
          ...row(b, "W1", "2026-03"),
          month: "2026-07",
          payable: 1,
          paid: 90_000,
          paidOn: "2026-06-01",
          viaSpecialAccount: false,
        });
      },
      [],
    ],
  ]);
});
