import { describe, expect, it } from "vitest";
import { bulletinPeriod, isoWeekOf, monthOf } from "./bulletins.periods.ts";

describe("bulletin periods", () => {
  it.each([
    ["2026-06-29", "2026-W27", "2026-06-29", "2026-07-05"], // a Monday
    ["2026-07-05", "2026-W27", "2026-06-29", "2026-07-05"], // its Sunday
    ["2026-01-01", "2026-W01", "2025-12-29", "2026-01-04"], // Thursday 1 January: week 1 of 2026
    ["2027-01-01", "2026-W53", "2026-12-28", "2027-01-03"], // Friday 1 January: the last week of 2026
    ["2024-12-30", "2025-W01", "2024-12-30", "2025-01-05"], // a Monday in December, in 2025's week 1
  ])("puts %s in ISO week %s (%s to %s)", (day, period, from, to) => {
    expect(isoWeekOf(day)).toEqual({ period, from, to });
  });

  it.each([
    ["2026-02-14", "2026-02", "2026-02-01", "2026-02-28"],
    ["2028-02-29", "2028-02", "2028-02-01", "2028-02-29"],
    ["2026-12-31", "2026-12", "2026-12-01", "2026-12-31"],
  ])("puts %s in month %s", (day, period, from, to) => {
    expect(monthOf(day)).toEqual({ period, from, to });
  });

  it("takes the last week or month that ended before today when no day is given", () => {
    expect(bulletinPeriod("weekly", "2026-06-29").period).toBe("2026-W26"); // a Monday: last week
    expect(bulletinPeriod("weekly", "2026-06-28").period).toBe("2026-W25"); // a Sunday: its week has not ended
    expect(bulletinPeriod("monthly", "2026-07-21").period).toBe("2026-06");
    expect(bulletinPeriod("monthly", "2027-01-21").period).toBe("2026-12");
    expect(bulletinPeriod("monthly", "2026-07-21", "2026-07-03").period).toBe("2026-07");
  });
});
