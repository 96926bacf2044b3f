/**
 * The period a bulletin covers: an ISO week (Monday to Sunday, `2026-W26`) for the 周通报, a month
 * (`2026-06`) for the 月排名. Dates are `YYYY-MM-DD` China dates, computed in UTC without time zones.
 */

export interface BulletinPeriod {
  period: string;
  from: string;
  to: string;
}

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => toIso(new Date(toDate(iso).getTime() + days * DAY));

/** The ISO week holding a day: its label (the year of its Thursday), Monday and Sunday. */
export function isoWeekOf(day: string): BulletinPeriod {
  const weekday = (toDate(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(day, -weekday);
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toDate(thursday).getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return { period: `${year}-W${String(week).padStart(2, "0")}`, from: monday, to: addDays(monday, 6) };
}

/** The month holding a day. */
export function monthOf(day: string): BulletinPeriod {
  const [y = 0, m = 0] = day.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = `${y}-${String(m).padStart(2, "0")}`;
  return { period: month, from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** The week or month holding `on`, or, without it, the last one that ended before `today`. */
export function bulletinPeriod(kind: "weekly" | "monthly", today: string, on?: string): BulletinPeriod {
  const of = kind === "weekly" ? isoWeekOf : monthOf;
  if (on) return of(on);
  return of(addDays(of(today).from, -1));
}
