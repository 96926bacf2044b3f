import { describe, expect, it } from "vitest";
import { addDays, lastDayOfMonth, nextMonth, WorkingCalendar, wageDueDate } from "./calendar.ts";

describe("calendar days and months", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-01-10", 30, "2026-02-09"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("%s + %i days is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ["2026-03", "2026-04-30"],
    ["2026-12", "2027-01-31"],
    ["2028-01", "2028-02-29"],
    ["2026-01", "2026-02-28"],
  ])("month %s falls due on %s", (month, due) => {
    expect(wageDueDate(month)).toBe(due);
  });

  it("steps months over the year end and finds month ends", () => {
    expect(nextMonth("2026-12")).toBe("2027-01");
    expect(nextMonth("2026-09")).toBe("2026-10");
    expect(lastDayOfMonth("2026-04")).toBe("2026-04-30");
  });
});

describe("working days", () => {
  const calendar = new WorkingCalendar({
    holidays: ["2026-05-01", "2026-05-04", "2026-05-05"],
    extraWorkdays: ["2026-05-09"],
  });

  it.each([
    ["2026-06-12", "Friday", true],
    ["2026-06-13", "Saturday", false],
    ["2026-05-01", "holiday on a Friday", false],
    ["2026-05-09", "Saturday made a working day", true],
    ["2026-05-06", "Wednesday", true],
  ])("%s (%s) is a working day: %s", (date, _what, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["2026-06-10", 0, "2026-06-10", "N = 0 is the day itself"],
    ["2026-06-10", 1, "2026-06-11", "the day itself is not counted"],
    ["2026-06-12", 1, "2026-06-15", "a Friday's next working day is Monday"],
    ["2026-06-13", 1, "2026-06-15", "from a Saturday"],
    ["2026-06-10", 5, "2026-06-17", "over a weekend"],
    ["2026-04-29", 3, "2026-05-07", "over the May Day holidays (Apr 30, May 6, May 7)"],
    ["2026-05-07", 2, "2026-05-09", "onto a Saturday made a working day"],
  ])("%s + %i working days is %s (%s)", (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it("has no holidays by default", () => {
    expect(new WorkingCalendar().addWorkingDays("2026-04-30", 1)).toBe("2026-05-01");
  });
});
