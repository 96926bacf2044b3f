import { describe } from "vitest";
import { type Draft, runCases as run } from "../testing/cases.ts";

const worker = (b: Draft, id: string) => {
  const found = b.workers.find((w) => w.id === id);
  if (!found) throw new Error(`no worker ${id}`);
  return found;
};

describe("WA14 worked without a contract or real-name verification", () => {
  run([
    [
      "no contract",
      (b) => {
        worker(b, "W2").contractSigned = false;
      },
      ["WA14 red W2"],
    ],
    [
      "not verified",
      (b) => {
        worker(b, "W1").realNameVerified = false;
      },
      ["WA14 red W1"],
    ],
    [
      "neither: one alert",
      (b) => Object.assign(worker(b, "W1"), { realNameVerified: false, contractSigned: false }),
      ["WA14 red W1"],
    ],
    [
      "on the roster, never worked",
      (b) => {
        b.workers.push({ ...worker(b, "W1"), id: "W3", contractSigned: false });
      },
      [],
    ],
    [
      "worked 0 days",
      (b) => {
        b.workers.push({ ...worker(b, "W1"), id: "W3", contractSigned: false });
        b.attendance.push({ workerId: "W3", month: "2026-06", days: 0 });
      },
      [],
    ],
    [
      "works in asOf's month",
      (b) => {
        b.workers.push({ ...worker(b, "W1"), id: "W3", contractSigned: false });
        b.attendance.push({ workerId: "W3", month: "2026-06", days: 5 });
      },
      ["WA14 red W3"],
    ],
    [
      "works only after asOf's month",
      (b) => {
        b.workers.push({ ...worker(b, "W1"), id: "W3", contractSigned: false });
        b.attendance.push({ workerId: "W3", month: "2026-07", days: 5 });
      },
      [],
    ],
    [
      "enters after asOf: does not exist yet",
      (b) => {
        b.workers.push({ ...worker(b, "W1"), id: "W3", contractSigned: false, enteredOn: "2026-06-16" });
        b.attendance.push({ workerId: "W3", month: "2026-06", days: 5 });
      },
      [],
    ],
  ]);
});

describe("WA15 no settlement confirmed 5 working days after leaving", () => {
  const exit =
    (exitedOn: string, confirmedOn: string | null = null) =>
    (b: Draft) =>
      Object.assign(worker(b, "W2"), { exitedOn, exitSettlementConfirmedOn: confirmedOn });
  run([
    ["left Monday 06-08: due 06-15 = asOf", exit("2026-06-08"), []],
    ["left Friday 06-05: due 06-12", exit("2026-06-05"), ["WA15 yellow W2"]],
    ["confirmed on asOf", exit("2026-06-05", "2026-06-15"), []],
    ["confirmed after asOf", exit("2026-06-05", "2026-06-16"), ["WA15 yellow W2"]],
    ["confirmed late, before asOf", exit("2026-05-01", "2026-06-01"), []],
    ["leaves after asOf", exit("2026-06-16"), []],
    [
      "over the May Day holidays: due on the extra working Saturday 05-09",
      (b) => {
        exit("2026-04-29")(b);
        b.asOf = "2026-05-09";
      },
      [],
    ],
    [
      "over the May Day holidays: the day after",
      (b) => {
        exit("2026-04-29")(b);
        b.asOf = "2026-05-10";
      },
      ["WA15 yellow W2"],
    ],
    [
      "3 working days by parameters",
      (b) => {
        exit("2026-06-10")(b);
        b.parameters = { exitSettlementWorkingDays: 3 };
      },
      [],
    ],
    [
      "3 working days by parameters, one day more",
      (b) => {
        exit("2026-06-09")(b);
        b.parameters = { exitSettlementWorkingDays: 3 };
      },
      ["WA15 yellow W2"],
    ],
  ]);
});

describe("WA18 complaint not closed", () => {
  const complaint = (receivedOn: string, closedOn: string | null) => (b: Draft) =>
    void b.complaints.push({ id: "C1", receivedOn, closedOn });
  run([
    ["open", complaint("2026-05-01", null), ["WA18 yellow C1"]],
    ["closed on asOf", complaint("2026-05-01", "2026-06-15"), []],
    ["closed after asOf", complaint("2026-05-01", "2026-06-16"), ["WA18 yellow C1"]],
    ["received after asOf", complaint("2026-06-16", null), []],
    ["received on asOf", complaint("2026-06-15", null), ["WA18 yellow C1"]],
  ]);
});
