import { CATEGORIES, type Category, type Finding, type PostingInput, type Severity } from "./types.ts";

/** One hand-labelled ad: a posting and the categories a careful reviewer expects to be found. */
export type LabelledAd = PostingInput & {
  id: string;
  expected: { category: Category; severity: Severity }[];
};

/** The labelled set: the day it is checked as of, the minimum wage it assumes, and the ads. */
export type LabelledSet = { asOf: string; minimumMonthlyWage: number; ads: LabelledAd[] };

export type Counts = { tp: number; fp: number; fn: number };
export type Scores = Counts & { precision: number; recall: number; f1: number };

export type Evaluation = {
  overall: Scores;
  byCategory: Record<Category, Scores>;
  /** Of the categories found and expected, how many carry the expected severity. */
  severityAgreement: { agree: number; of: number };
  /** Ads labelled clean and how many of them the checker leaves without a finding. */
  clean: { ads: number; untouched: number };
  /** Per ad, the categories missed and the categories found wrongly. */
  mistakes: { id: string; missed: Category[]; extra: Category[] }[];
};

function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** The strongest severity per category among findings. */
function foundCategories(
  findings: readonly Pick<Finding, "category" | "severity">[],
): Map<Category, Severity> {
  const out = new Map<Category, Severity>();
  for (const f of findings) {
    if (out.get(f.category) !== "block") out.set(f.category, f.severity);
  }
  return out;
}

/**
 * Score a checker on the labelled set. A category found in an ad is a true positive when the ad's expected set
 * has it, a false positive otherwise; an expected category not found is a false negative. Overall is the sum
 * over categories (micro average).
 */
export function evaluate(
  set: LabelledSet,
  check: (ad: LabelledAd) => readonly Pick<Finding, "category" | "severity">[],
): Evaluation {
  const counts = new Map<Category, Counts>(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const severityAgreement = { agree: 0, of: 0 };
  const clean = { ads: 0, untouched: 0 };
  const mistakes: Evaluation["mistakes"] = [];

  for (const ad of set.ads) {
    const found = foundCategories(check(ad));
    const expected = new Map(ad.expected.map((e) => [e.category, e.severity]));
    if (expected.size === 0) {
      clean.ads++;
      if (found.size === 0) clean.untouched++;
    }
    const missed: Category[] = [];
    const extra: Category[] = [];
    for (const c of CATEGORIES) {
      const n = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 };
      const want = expected.get(c);
      const got = found.get(c);
      if (want && got) {
        n.tp++;
        severityAgreement.of++;
        if (want === got) severityAgreement.agree++;
      } else if (got) {
        n.fp++;
        extra.push(c);
      } else if (want) {
        n.fn++;
        missed.push(c);
      }
    }
    if (missed.length > 0 || extra.length > 0) mistakes.push({ id: ad.id, missed, extra });
  }

  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const byCategory = {} as Record<Category, Scores>;
  for (const c of CATEGORIES) {
    const n = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    total.tp += n.tp;
    total.fp += n.fp;
    total.fn += n.fn;
    byCategory[c] = scores(n);
  }
  return { overall: scores(total), byCategory, severityAgreement, clean, mistakes };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function optional<T>(v: unknown, ok: (x: unknown) => x is T, what: string): T | null | undefined {
  if (v === undefined || v === null) return v;
  if (!ok(v)) throw new Error(`labelled set: bad ${what}`);
  return v;
}

const isString = (x: unknown): x is string => typeof x === "string";
const isNumber = (x: unknown): x is number => typeof x === "number";
const isCategory = (x: unknown): x is Category => CATEGORIES.some((c) => c === x);
const isSeverity = (x: unknown): x is Severity => x === "block" || x === "warn";
const isUnit = (x: unknown): x is "month" | "day" | "hour" | "piece" =>
  x === "month" || x === "day" || x === "hour" || x === "piece";

/** Validate parsed JSON as a labelled set (the fixture is read with `fs`, so its shape is checked here). */
export function parseLabelledSet(json: unknown): LabelledSet {
  if (
    !isRecord(json) ||
    !isString(json.asOf) ||
    !isNumber(json.minimumMonthlyWage) ||
    !Array.isArray(json.ads)
  ) {
    throw new Error("labelled set: expected { asOf, minimumMonthlyWage, ads }");
  }
  const ads = json.ads.map((a: unknown): LabelledAd => {
    if (
      !isRecord(a) ||
      !isString(a.id) ||
      !isString(a.title) ||
      !isString(a.description) ||
      !Array.isArray(a.expected)
    ) {
      throw new Error("labelled set: an ad needs id, title, description and expected");
    }
    const expected = a.expected.map((e: unknown) => {
      if (!isRecord(e) || !isCategory(e.category) || !isSeverity(e.severity)) {
        throw new Error(`labelled set: bad expected entry in ${a.id}`);
      }
      return { category: e.category, severity: e.severity };
    });
    return {
      id: a.id,
      title: a.title,
      description: a.description,
      requirements: optional(a.requirements, isString, `requirements in ${a.id}`),
      salaryMin: optional(a.salaryMin, isNumber, `salaryMin in ${a.id}`),
      salaryMax: optional(a.salaryMax, isNumber, `salaryMax in ${a.id}`),
      salaryUnit: optional(a.salaryUnit, isUnit, `salaryUnit in ${a.id}`),
      regionCode: optional(a.regionCode, isString, `regionCode in ${a.id}`),
      headcount: optional(a.headcount, isNumber, `headcount in ${a.id}`),
      validUntil: optional(a.validUntil, isString, `validUntil in ${a.id}`),
      expected,
    };
  });
  return { asOf: json.asOf, minimumMonthlyWage: json.minimumMonthlyWage, ads };
}
