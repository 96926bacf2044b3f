/**
 * 序时进度: the share of a plan period that has elapsed by a date. Dates are `YYYY-MM-DD` calendar dates
 * in China; a date counts as elapsed (figures reported "截至 3月31日" include that day).
 *
 * - `day` basis: elapsed days ÷ days in the period (leap years have 366, Q1 of a leap year 91).
 * - `month` basis: whole months elapsed ÷ months in the period, as bulletins often write it (end of March
 *   is 3/12 of the year; 15 March is still 2/12).
 *
 * Before the period the share is 0, after it 1: at the turn of the year last year's plan stays at 1 and the
 * new year's plan starts again from 0 (1 January is 1/365 of it on the day basis, 0 on the month basis).
 */
import { ONE, type Ratio, ratio, ZERO } from "./ratio.ts";

export type Period =
  | { kind: "year"; year: number }
  | { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: "month"; year: number; month: number };

export type ProgressBasis = "day" | "month";

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface YearMonth {
  year: number;
  /** 1–12. */
  month: number;
}

/** First and last month of the period. */
function monthSpan(period: Period): [YearMonth, YearMonth] {
  switch (period.kind) {
    case "year":
      return [
        { year: period.year, month: 1 },
        { year: period.year, month: 12 },
      ];
    case "quarter": {
      const first = (period.quarter - 1) * 3 + 1;
      return [
        { year: period.year, month: first },
        { year: period.year, month: first + 2 },
      ];
    }
    case "month":
      return [
        { year: period.year, month: period.month },
        { year: period.year, month: period.month },
      ];
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** First and last day of the period, as `YYYY-MM-DD`. */
export function periodBounds(period: Period): { from: string; to: string } {
  const [first, last] = monthSpan(period);
  return {
    from: `${first.year}-${pad(first.month)}-01`,
    to: `${last.year}-${pad(last.month)}-${pad(daysInMonth(last.year, last.month))}`,
  };
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`not a date: ${isoDate}`);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function monthIndex(ym: YearMonth): number {
  return ym.year * 12 + ym.month - 1;
}

/** The share of `period` elapsed by the end of `asOf`, exactly. */
export function timeProgress(period: Period, asOf: string, basis: ProgressBasis = "day"): Ratio {
  if (!isIsoDate(asOf)) throw new Error(`not a date YYYY-MM-DD: ${asOf}`);
  const { from, to } = periodBounds(period);
  if (asOf < from) return ZERO;
  if (asOf >= to) return ONE;
  if (basis === "day") {
    const total = dayNumber(to) - dayNumber(from) + 1;
    const elapsed = dayNumber(asOf) - dayNumber(from) + 1;
    return ratio(elapsed, total);
  }
  const [first, last] = monthSpan(period);
  const [y = 0, m = 0, d = 0] = asOf.split("-").map(Number);
  const monthsDone =
    monthIndex({ year: y, month: m }) - monthIndex(first) + (d === daysInMonth(y, m) ? 1 : 0);
  return ratio(monthsDone, monthIndex(last) - monthIndex(first) + 1);
}
