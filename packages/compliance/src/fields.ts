import { cite, LAW } from "./bases.ts";
import type { CheckOptions, FieldRule, FieldTest, PostingInput, SalaryUnit } from "./types.ts";

/** Days and hours in a standard month (劳动和社会保障部 2008: 21.75 days, 174 hours); piece rates do not convert. */
export const PER_MONTH: Readonly<Record<Exclude<SalaryUnit, "piece">, number>> = {
  month: 1,
  day: 21.75,
  hour: 174,
};

/** Monthly pay above this is taken for bait (“高薪噱头”) or a typing slip. */
export const IMPLAUSIBLE_MONTHLY_PAY = 200_000;

export const DEFAULT_MINIMUM_MONTHLY_WAGE = 1900;

/** GB/T 2260 codes (6, 9 or 12 digits, a real province prefix) and platform zone codes (`652300-Z01`). */
const REGION_CODE =
  /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])(?:\d{4}|\d{7}|\d{10}|\d{4}-Z(?!00)\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const REQUIRED_CONTENT = cite(LAW.hrMarket, LAW.platformNotice);

/**
 * Rules over the structured fields. Missing pay and place block (the regulation lists 工作地点 and 基本劳动报酬
 * among what a posting states, and a seeker cannot judge a job without them); a missing headcount or closing
 * date warns (the notice allows "及时更新" instead of a date, and "若干" is common and harmless). A posting past
 * its closing date blocks: it is no longer true.
 */
export const FIELD_RULES: readonly FieldRule[] = [
  {
    id: "pay.missing",
    category: "missing_pay",
    severity: "block",
    field: "salary",
    test: "pay-missing",
    basis: REQUIRED_CONTENT,
    note: "未填写薪酬（“面议”不算）。",
  },
  {
    id: "pay.unit-missing",
    category: "missing_pay",
    severity: "block",
    field: "salary",
    test: "pay-unit-missing",
    basis: REQUIRED_CONTENT,
    note: "薪酬未注明按月、日、小时还是计件。",
  },
  {
    id: "location.missing",
    category: "missing_location",
    severity: "block",
    field: "regionCode",
    test: "location-missing",
    basis: REQUIRED_CONTENT,
    note: "未填写工作地点。",
  },
  {
    id: "location.invalid",
    category: "missing_location",
    severity: "block",
    field: "regionCode",
    test: "location-invalid",
    basis: REQUIRED_CONTENT,
    note: "工作地点不是有效的行政区划代码。",
  },
  {
    id: "headcount.missing",
    category: "missing_headcount",
    severity: "warn",
    field: "headcount",
    test: "headcount-missing",
    basis: REQUIRED_CONTENT,
    note: "未填写招聘人数（或不是正整数）。",
  },
  {
    id: "validity.missing",
    category: "missing_validity",
    severity: "warn",
    field: "validUntil",
    test: "validity-missing",
    basis: cite(LAW.platformNotice),
    note: "未标注有效期限。",
  },
  {
    id: "validity.invalid",
    category: "missing_validity",
    severity: "warn",
    field: "validUntil",
    test: "validity-invalid",
    basis: cite(LAW.platformNotice),
    note: "有效期限不是有效日期（YYYY-MM-DD）。",
  },
  {
    id: "validity.expired",
    category: "missing_validity",
    severity: "block",
    field: "validUntil",
    test: "validity-expired",
    basis: cite(LAW.hrMarket, LAW.platformNotice),
    note: "已过期：有效期限早于检查日。",
  },
  {
    id: "pay.below-minimum",
    category: "pay_outlier",
    severity: "warn",
    field: "salary",
    test: "pay-below-minimum",
    basis: cite(LAW.minimumWage),
    note: "薪酬折算后低于当地最低工资标准（月 = 日 × 21.75 = 小时 × 174）。",
  },
  {
    id: "pay.range-inverted",
    category: "pay_outlier",
    severity: "warn",
    field: "salary",
    test: "pay-range-inverted",
    basis: cite(LAW.hrMarket),
    note: "最高薪酬低于最低薪酬。",
  },
  {
    id: "pay.implausibly-high",
    category: "pay_outlier",
    severity: "warn",
    field: "salary",
    test: "pay-implausibly-high",
    basis: cite(LAW.platformNotice, LAW.hrMarket),
    note: "薪酬折算后每月超过20万元，可能是高薪噱头或填写错误。",
  },
];

type Resolved = { asOf: string; minimumMonthlyWage: number };

function amount(n: number | null | undefined): number | null {
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? n : null;
}

function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Pay per month at a standard month; null for piece rates (they do not convert) and without a unit. */
export function monthlyEquivalent(value: number, unit: SalaryUnit | null | undefined): number | null {
  if (!unit || unit === "piece") return null;
  return value * PER_MONTH[unit];
}

/** What a field test finds wrong, as the text of the finding; null when the field is fine. */
export function fieldOffence(test: FieldTest, input: PostingInput, options: Resolved): string | null {
  const min = amount(input.salaryMin);
  const max = amount(input.salaryMax);
  const region = input.regionCode?.trim() ?? "";
  const until = input.validUntil?.trim() ?? "";
  switch (test) {
    case "pay-missing":
      return min === null && max === null ? "" : null;
    case "pay-unit-missing":
      return (min !== null || max !== null) && !input.salaryUnit ? String(min ?? max) : null;
    case "pay-below-minimum": {
      const lowest = min ?? max;
      const perMonth = lowest === null ? null : monthlyEquivalent(lowest, input.salaryUnit);
      return lowest !== null && perMonth !== null && perMonth < options.minimumMonthlyWage
        ? String(lowest)
        : null;
    }
    case "pay-range-inverted":
      return min !== null && max !== null && max < min ? `${min}-${max}` : null;
    case "pay-implausibly-high": {
      const highest = max ?? min;
      const perMonth = highest === null ? null : monthlyEquivalent(highest, input.salaryUnit);
      return highest !== null && perMonth !== null && perMonth > IMPLAUSIBLE_MONTHLY_PAY
        ? String(highest)
        : null;
    }
    case "location-missing":
      return region === "" ? "" : null;
    case "location-invalid":
      return region !== "" && !REGION_CODE.test(region) ? (input.regionCode ?? "") : null;
    case "headcount-missing": {
      const h = input.headcount;
      if (h === null || h === undefined) return "";
      return Number.isInteger(h) && h > 0 ? null : String(h);
    }
    case "validity-missing":
      return until === "" ? "" : null;
    case "validity-invalid":
      return until !== "" && !isCalendarDate(until) ? (input.validUntil ?? "") : null;
    case "validity-expired":
      return isCalendarDate(until) && until < options.asOf ? (input.validUntil ?? "") : null;
  }
}

/** Today in China Standard Time, `YYYY-MM-DD`. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function resolveOptions(options: CheckOptions): Resolved {
  return {
    asOf: options.asOf ?? chinaToday(),
    minimumMonthlyWage: options.minimumMonthlyWage ?? DEFAULT_MINIMUM_MONTHLY_WAGE,
  };
}
