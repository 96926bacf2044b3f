/**
 * The shapes of the compliance check: what goes in (a posting), what comes out (findings) and what the
 * rules look like. Rules are data (see `rules.ts` and `fields.ts`); `check.ts` evaluates them.
 */

export const CATEGORIES = [
  "gender",
  "marital_fertility",
  "ethnicity",
  "religion",
  "health_carrier",
  "disability",
  "origin",
  "minor",
  "fees_deposit",
  "training_loan",
  "age",
  "appearance",
  "missing_pay",
  "missing_location",
  "missing_headcount",
  "missing_validity",
  "pay_outlier",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories found in the free text of a posting. */
export type TextCategory = Exclude<
  Category,
  "missing_pay" | "missing_location" | "missing_headcount" | "missing_validity" | "pay_outlier"
>;
/** Categories found in the structured fields of a posting. */
export type FieldCategory = Exclude<Category, TextCategory>;

/** `block` keeps a posting from being published; `warn` needs a reviewer to confirm it. */
export type Severity = "block" | "warn";

export const TEXT_FIELDS = ["title", "description", "requirements"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const STRUCTURED_FIELDS = ["salary", "regionCode", "headcount", "validUntil"] as const;
export type StructuredField = (typeof STRUCTURED_FIELDS)[number];

/** Every field a finding can point at, in the order findings are sorted. */
export const FIELDS = [...TEXT_FIELDS, ...STRUCTURED_FIELDS] as const;
export type Field = TextField | StructuredField;

export type SalaryUnit = "month" | "day" | "hour" | "piece";

/** A posting as the check sees it; absent and null mean the same. */
export type PostingInput = {
  title: string;
  description: string;
  requirements?: string | null;
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryUnit?: SalaryUnit | null;
  /** GB/T 2260 code (6, 9 or 12 digits) or a platform zone code such as `652300-Z01`. */
  regionCode?: string | null;
  headcount?: number | null;
  /** Last day the posting is open, `YYYY-MM-DD`. */
  validUntil?: string | null;
};

export type CheckOptions = {
  /** The day the check is made, `YYYY-MM-DD`; defaults to today in China Standard Time (UTC+8). */
  asOf?: string;
  /** Local minimum monthly wage in yuan; defaults to 1900 (Xinjiang, class-1 areas). */
  minimumMonthlyWage?: number;
};

export type Finding = {
  category: Category;
  severity: Severity;
  /** The offending span exactly as written in the input; for a structured field, its value (empty when absent). */
  text: string;
  field: Field;
  /** The law and article, in Chinese. */
  basis: string;
  /** Id of the rule in `RULES` or `FIELD_RULES`. */
  rule: string;
};

export type CheckResult = { findings: Finding[] };

/**
 * A rule over the free text. Patterns and exceptions are regular-expression sources matched against the
 * normalised text (NFKC, simplified characters, lower case; the `compact` view also drops whitespace and
 * punctuation), so they are written in simplified Chinese and lower-case Latin without spaces.
 */
export type TextRule = {
  id: string;
  category: TextCategory;
  severity: Severity;
  patterns: readonly string[];
  /** A pattern match that overlaps an exception match is not a finding. */
  exceptions: readonly string[];
  basis: string;
  /** Why the rule exists, for reviewers and the docs. */
  note: string;
  /** Which normalised view the patterns read; `light` keeps punctuation such as brackets. Default `compact`. */
  view?: "compact" | "light";
  /** The rule applies only if one of these matches somewhere in the posting's text (compact view). */
  requiresContext?: readonly string[];
  /** The rule does not apply if one of these matches somewhere in the posting's text (compact view). */
  unlessContext?: readonly string[];
  /** Raw snippets the rule must find (`hits`) and must not find (`misses`); tested row by row. */
  examples: { hits: readonly string[]; misses: readonly string[] };
};

/** The checks a structured-field rule can make; `fields.ts` evaluates each kind. */
export type FieldTest =
  | "pay-missing"
  | "pay-unit-missing"
  | "pay-below-minimum"
  | "pay-range-inverted"
  | "pay-implausibly-high"
  | "location-missing"
  | "location-invalid"
  | "headcount-missing"
  | "validity-missing"
  | "validity-invalid"
  | "validity-expired";

export type FieldRule = {
  id: string;
  category: FieldCategory;
  severity: Severity;
  field: StructuredField;
  test: FieldTest;
  basis: string;
  note: string;
};
