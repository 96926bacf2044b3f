/**
 * Calendar arithmetic on `YYYY-MM-DD` dates and `YYYY-MM` months (ISO strings compare in date order),
 * and working days: Monday–Friday, minus holidays, plus the weekend days declared working days (调休).
 */

const DAY_MS = 86_400_000;

/** `D + n` calendar days ("n calendar days after D"). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The month a date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month after `YYYY-MM`. */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}

/** The last day of `YYYY-MM`. */
export function lastDayOfMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

/** Wages for month M fall due on the last day of M+1 (条例 Art 14: paid in the period or the next one). */
export function wageDueDate(month: string): string {
  return lastDayOfMonth(nextMonth(month));
}

export interface CalendarDays {
  /** Public holidays that fall on weekdays or weekends; no work on them. */
  holidays?: readonly string[];
  /** Weekend days declared working days. */
  extraWorkdays?: readonly string[];
}

export class WorkingCalendar {
  readonly #holidays: ReadonlySet<string>;
  readonly #extraWorkdays: ReadonlySet<string>;

  constructor(days: CalendarDays = {}) {
    this.#holidays = new Set(days.holidays ?? []);
    this.#extraWorkdays = new Set(days.extraWorkdays ?? []);
  }

  isWorkingDay(date: string): boolean {
    if (this.#holidays.has(date)) return false;
    if (this.#extraWorkdays.has(date)) return true;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The n-th working day after `date` (`date` itself not counted); `date` when n is 0. */
  addWorkingDays(date: string, n: number): string {
    let day = date;
    for (let left = n; left > 0; ) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }
}
