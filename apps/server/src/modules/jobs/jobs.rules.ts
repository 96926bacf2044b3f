import { checkPosting, type PostingInput } from "@jiuye/compliance/check";
import { type Finding, monthlyEquivalent, type PostingFields } from "@jiuye/contract/job-postings";
import { suggestOccupations } from "@jiuye/jobtext/occupations";
import { segmentForIndex, segmentQuery, toTsqueryText, toTsvectorText } from "@jiuye/jobtext/segment";
import type { PostingStatus, SalaryUnit } from "../../db/types.ts";
import { AppError } from "../../lib/errors.ts";

/** The most a posting pays per month; piece rates cannot be compared and count as 0. */
export function monthlyPay(amount: number, unit: SalaryUnit): number {
  return Math.round((monthlyEquivalent(amount, unit) ?? 0) * 100) / 100;
}

/** Title folded for matching: width, case, spaces and punctuation do not make another posting. */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Same employer, same title, same place: the same posting, whoever sends it. */
export function mergeKey(employer: { id: string; creditCode: string | null }, fields: PostingFields): string {
  return `${employer.creditCode ?? employer.id}|${normaliseTitle(fields.title)}|${fields.regionCode}`;
}

/** China Standard Time date of an instant: the day the offices live in. */
function chinaDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The law check of the compliance package, on a draft in the shape of the check API. */
export function checkDraft(input: PostingInput, now: Date): Finding[] {
  return checkPosting(input, { asOf: chinaDate(now) }).findings.map((f) => ({
    category: f.category,
    severity: f.severity,
    text: f.text,
    basis: f.basis,
  }));
}

export function checkFields(f: PostingFields, now: Date): Finding[] {
  return checkDraft(
    {
      title: f.title,
      description: f.description,
      requirements: f.requirements ?? undefined,
      salaryMin: f.salaryMin,
      salaryMax: f.salaryMax,
      salaryUnit: f.salaryUnit,
      regionCode: f.regionCode,
      headcount: f.headcount ?? null,
      validUntil: f.validUntil ?? null,
    },
    now,
  );
}

/**
 * Tokens that search filters match, indexed beside the words so one index answers text and
 * filters together: a region and every region above it, the employment type, an occupation and
 * its groups, an industry and its section. Words never hold `@`, so no word matches one.
 */
export const FILTER_TOKEN = {
  region: (code: string) => `@r:${code}`,
  type: (type: string) => `@t:${type}`,
  occupation: (code: string) => `@o:${code}`,
  industry: (code: string) => `@i:${code}`,
};

interface Names {
  regions: {
    ancestors(code: string): { code: string; name: string }[];
    get(code: string): { name: string } | undefined;
  };
  catalogue: {
    occupation(code: string): { name: string; parentCode: string | null } | undefined;
    industry(code: string): { parentCode: string | null } | undefined;
  };
}

/** A code and its ancestors in a catalogue. */
function lineage(
  code: string | null,
  get: (code: string) => { parentCode: string | null } | undefined,
): string[] {
  const out: string[] = [];
  for (let c = code; c && !out.includes(c); c = get(c)?.parentCode ?? null) out.push(c);
  return out;
}

/**
 * The words a posting is found by, segmented: its title (weighted higher), and its text,
 * employer, place, occupation and benefits; and the filter tokens it matches.
 */
export function searchDocument(
  item: { fields: PostingFields; employer: { name: string }; suggestedOccupation?: string | null },
  names: Names,
): { title: string; body: string; filters: string[] } {
  const f = item.fields;
  const above = names.regions.ancestors(f.regionCode);
  const places = [names.regions.get(f.regionCode)?.name, ...above.map((r) => r.name)];
  const occupation = f.occupationCode ?? item.suggestedOccupation ?? null;
  const parts = [
    f.description,
    f.requirements ?? "",
    item.employer.name,
    f.address ?? "",
    ...places,
    occupation ? (names.catalogue.occupation(occupation)?.name ?? "") : "",
    ...f.benefits,
  ];
  return {
    title: toTsvectorText(segmentForIndex(f.title)),
    body: toTsvectorText(segmentForIndex(parts.join("\n"))),
    filters: [
      ...[f.regionCode, ...above.map((r) => r.code)].map(FILTER_TOKEN.region),
      FILTER_TOKEN.type(f.employmentType),
      ...lineage(occupation, (c) => names.catalogue.occupation(c)).map(FILTER_TOKEN.occupation),
      ...lineage(f.industryCode ?? null, (c) => names.catalogue.industry(c)).map(FILTER_TOKEN.industry),
    ],
  };
}

/** Suggestions this strong have the occupation's name or a close synonym in the title. */
const CONFIDENT_SUGGESTION = 8;

/** The occupation code a posting without one most likely has, when the title says it clearly. */
export function suggestOccupation(title: string, description: string): string | null {
  const [best] = suggestOccupations(title, description, 1);
  return best && best.score >= CONFIDENT_SUGGESTION ? best.code : null;
}

/** A user's search words as tsquery text (all words must match), or null when nothing is left. */
export function queryText(q: string): string | null {
  const tokens = segmentQuery(q);
  return tokens.length > 0 ? toTsqueryText(tokens) : null;
}

/** What the law check decides: blocks keep a posting a draft; warnings need a reviewer. */
export function statusAfterCheck(findings: Finding[], cleanStatus: PostingStatus): PostingStatus {
  if (findings.some((f) => f.severity === "block")) return "draft";
  if (cleanStatus === "published" && findings.length > 0) return "pending_review";
  return cleanStatus;
}

export type TransitionAction = "submit" | "approve" | "send_back" | "fill" | "withdraw";

const TRANSITIONS: Record<TransitionAction, { from: PostingStatus[]; to: PostingStatus; reviewer: boolean }> =
  {
    submit: { from: ["draft"], to: "pending_review", reviewer: false },
    approve: { from: ["draft", "pending_review"], to: "published", reviewer: true },
    send_back: { from: ["pending_review", "published"], to: "draft", reviewer: true },
    fill: { from: ["published"], to: "filled", reviewer: false },
    withdraw: { from: ["draft", "pending_review", "published"], to: "withdrawn", reviewer: false },
  };

/**
 * The review workflow: draft → pending review → published → filled / expired / withdrawn. Throws
 * a located error when the move is not allowed from the current state or the findings forbid it.
 */
export function planTransition(
  action: TransitionAction,
  current: PostingStatus,
  findings: Finding[],
  options: { confirmWarnings?: boolean; note?: string },
): { to: PostingStatus; reviewer: boolean } {
  const t = TRANSITIONS[action];
  if (!t.from.includes(current)) {
    throw new AppError("JOBS_TRANSITION_NOT_ALLOWED", `A ${current} posting cannot be moved by "${action}"`, [
      { path: "$.action", message: `allowed from ${t.from.join(", ")}` },
    ]);
  }
  if ((action === "submit" || action === "approve") && findings.some((f) => f.severity === "block")) {
    throw new AppError(
      "JOBS_COMPLIANCE_BLOCKED",
      "The posting breaks employment law and must be edited first",
      findings,
    );
  }
  if (
    action === "approve" &&
    findings.some((f) => f.severity === "warn") &&
    options.confirmWarnings !== true
  ) {
    throw new AppError("JOBS_WARNINGS_UNCONFIRMED", "Confirm the compliance warnings before publishing", [
      { path: "$.confirmWarnings", message: "must be true: the posting has warnings" },
    ]);
  }
  if (action === "send_back" && !options.note) {
    throw new AppError("VALIDATION_FAILED", "Say why the posting is sent back", [
      { path: "$.note", message: "required" },
    ]);
  }
  return { to: t.to, reviewer: t.reviewer };
}
