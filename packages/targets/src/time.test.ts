import { describe, expect, it } from "vitest";
import { ratio } from "./ratio.ts";
import { daysInMonth, isIsoDate, type Period, periodBounds, timeProgress } from "./time.ts";

const year = (y: number): Period => ({ kind: "year", year: y });
const quarter = (y: number, q: 1 | 2 | 3 | 4): Period => ({ kind: "quarter", year: y, quarter: q });
const month = (y: number, m: number): Period => ({ kind: "month", year: y, month: m });

describe("calendar", () => {
  it.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [2100, false],
  ])("%i leap: %s", (y, leap) => {
    expect(daysInMonth(y, 2)).toBe(leap ? 29 : 28);
    expect(isIsoDate(`${y}-02-29`)).toBe(leap);
    expect(timeProgress({ kind: "year", year: y }, `${y}-01-31`)).toEqual(ratio(31, leap ? 366 : 365));
  });

  it.each(["2026-2-3", "2026-02-30", "20260203", ""])("refuses %j as a date", (asOf) => {
    expect(() => timeProgress(year(2026), asOf)).toThrow();
  });

  it.each([
    [year(2026), "2026-01-01", "2026-12-31"],
    [quarter(2024, 1), "2024-01-01", "2024-03-31"],
    [quarter(2026, 4), "2026-10-01", "2026-12-31"],
    [month(2024, 2), "2024-02-01", "2024-02-29"],
    [month(2026, 2), "2026-02-01", "2026-02-28"],
  ])("bounds of %j", (period, from, to) => {
    expect(periodBounds(period)).toEqual({ from, to });
  });
});

describe("timeProgress, day basis (a date counts as elapsed)", () => {
  it.each([
    // period, as of, elapsed, out of
    [year(2026), "2026-01-01", 1, 365],
    [year(2026), "2026-06-30", 181, 365],
    [year(2026), "2026-12-30", 364, 365],
    [year(2026), "2026-12-31", 1, 1],
    [year(2024), "2024-02-29", 60, 366],
    [year(2024), "2024-06-30", 182, 366],
    [year(2024), "2024-12-30", 365, 366],
    [quarter(2024, 1), "2024-02-29", 60, 91],
    [quarter(2026, 1), "2026-02-28", 59, 90],
    [quarter(2026, 1), "2026-03-31", 1, 1],
    [quarter(2026, 4), "2026-10-01", 1, 92],
    [month(2024, 2), "2024-02-15", 15, 29],
    [month(2026, 2), "2026-02-15", 15, 28],
  ])("%j on %s: %i/%i", (period, asOf, elapsed, total) => {
    expect(timeProgress(period, asOf)).toEqual(ratio(elapsed, total));
  });
});

describe("timeProgress, month basis (whole months)", () => {
  it.each([
    [year(2026), "2026-01-01", 0, 12],
    [year(2026), "2026-01-31", 1, 12],
    [year(2026), "2026-03-30", 2, 12],
    [year(2026), "2026-03-31", 3, 12],
    [year(2026), "2026-02-28", 2, 12],
    [year(2024), "2024-02-28", 1, 12],
    [year(2024), "2024-02-29", 2, 12],
    [quarter(2026, 2), "2026-05-31", 2, 3],
    [month(2026, 4), "2026-04-29", 0, 1],
    [month(2026, 4), "2026-04-30", 1, 1],
  ])("%j on %s: %i/%i", (period, asOf, elapsed, total) => {
    expect(timeProgress(period, asOf, "month")).toEqual(ratio(elapsed, total));
  });
});

describe("timeProgress at the turn of the year", () => {
  it.each([
    // as of, basis, last year's plan, the new year's plan
    ["2025-12-31", "day", ratio(1), ratio(0)],
    ["2026-01-01", "day", ratio(1), ratio(1, 365)],
    ["2025-12-31", "month", ratio(1), ratio(0)],
    ["2026-01-01", "month", ratio(1), ratio(0)],
    ["2027-03-01", "day", ratio(1), ratio(1)],
  ] as const)("on %s (%s basis)", (asOf, basis, old, fresh) => {
    expect(timeProgress(year(2025), asOf, basis)).toEqual(old);
    expect(timeProgress(year(2026), asOf, basis)).toEqual(fresh);
  });
});
