import type { EMPLOYMENT_TYPES } from "@jiuye/contract/job-postings";
import { foldText } from "./skills.ts";

type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/**
 * Usual weekly hours of a type when the text says nothing: the standard week (劳动法 第三十六条),
 * and part-time work's legal ceiling of 24 (劳动合同法 第六十八条) taken as 20; gig and seasonal
 * work vary too much to guess.
 */
const TYPE_HOURS: Readonly<Record<EmploymentType, number | null>> = {
  full_time: 40,
  internship: 40,
  part_time: 20,
  gig: null,
  seasonal: null,
};
/** Days a week when a text gives the hours of a day only, and hours a day when it gives days only. */
const STANDARD = { days: 5, hours: 8 } as const;

const NUMBER = "(\\d{1,2}(?:\\.\\d)?|[一二两三四五六七八九十]{1,3})";
const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const PATTERNS = {
  week: new RegExp(`(?:每周|一周|周)(?:工作)?${NUMBER}(?:个)?小时`, "u"),
  day: new RegExp(
    `(?:每天|每日|一天|日)(?:工作)?(?:时间)?${NUMBER}(?:个)?(半)?(?:个)?(?:小时|钟头|h)|${NUMBER}(?:个)?小时工作制`,
    "u",
  ),
  span: new RegExp(`早${NUMBER}(?:点)?晚${NUMBER}`, "u"),
  clock: /(\d{1,2})(?:[:：]\d{2}|点)[-~—–至到](\d{1,2})(?:[:：]\d{2}|点)/u,
  workRest: new RegExp(`做${NUMBER}休${NUMBER}`, "u"),
  restPerMonth: new RegExp(`月休${NUMBER}天?`, "u"),
  restPerWeek: new RegExp(`(?:周休|每周休息?)${NUMBER}天`, "u"),
} as const;

/** 8, 8.5, 八, 十, 十二, 二十 as a number. */
function numberOf(raw: string): number {
  if (/^\d/.test(raw)) return Number(raw);
  const [tens, units] = raw.split("十");
  if (units === undefined) return DIGITS[raw] ?? Number.NaN;
  return (tens ? (DIGITS[tens] ?? Number.NaN) : 1) * 10 + (units ? (DIGITS[units] ?? Number.NaN) : 0);
}

/** The hours of a working day: hours stated, a span (早九晚六, 9:00-18:00) less its meal break, shifts. */
function dailyHours(text: string): number | null {
  const stated = PATTERNS.day.exec(text);
  if (stated) return numberOf(stated[1] ?? stated[3] ?? "") + (stated[2] ? 0.5 : 0);
  const span = PATTERNS.span.exec(text) ?? PATTERNS.clock.exec(text);
  if (span) {
    const from = numberOf(span[1] ?? "");
    let to = numberOf(span[2] ?? "");
    if (to <= from) to += 12;
    const hours = to - from;
    // A span of a working day includes a meal break of about an hour.
    if (hours > 0 && hours <= 16) return hours >= 8 ? hours - 1 : hours;
  }
  if (/两班倒|两班制|12小时倒班/u.test(text)) return 12;
  if (/三班倒|三班制/u.test(text)) return 8;
  return null;
}

/** Working days a week: 做六休一, 月休四天, 单休, 双休, 大小周, 全年无休. */
function daysPerWeek(text: string): number | null {
  const workRest = PATTERNS.workRest.exec(text);
  if (workRest) {
    const work = numberOf(workRest[1] ?? "");
    const rest = numberOf(workRest[2] ?? "");
    return work > 0 && rest >= 0 ? (7 * work) / (work + rest) : null;
  }
  const monthly = PATTERNS.restPerMonth.exec(text);
  if (monthly) return (7 * (30 - numberOf(monthly[1] ?? ""))) / 30;
  const weekly = PATTERNS.restPerWeek.exec(text);
  if (weekly) return 7 - numberOf(weekly[1] ?? "");
  if (/大小周/u.test(text)) return 5.5;
  if (/双休|做五休二/u.test(text)) return 5;
  if (/单休/u.test(text)) return 6;
  if (/全年无休|无休息日/u.test(text)) return 7;
  return null;
}

/**
 * A posting's weekly working hours: stated per week, or a day's hours times the days a week
 * (either defaulting to the standard 8 hours, 5 days); else the usual hours of its type; null
 * when nothing tells.
 */
export function weeklyHours(
  postingText: string,
  employmentType: EmploymentType,
): { hours: number; source: "text" | "type" } | null {
  const text = foldText(postingText);
  const week = PATTERNS.week.exec(text);
  const weekHours = week ? numberOf(week[1] ?? "") : Number.NaN;
  if (weekHours > 0 && weekHours <= 84) return { hours: weekHours, source: "text" };
  const day = dailyHours(text);
  const days = daysPerWeek(text);
  if ((day !== null && Number.isFinite(day)) || (days !== null && Number.isFinite(days))) {
    const hours = Math.round((day ?? STANDARD.hours) * (days ?? STANDARD.days));
    if (hours > 0 && hours <= 100) return { hours, source: "text" };
  }
  const usual = TYPE_HOURS[employmentType];
  return usual === null ? null : { hours: usual, source: "type" };
}
