import { FIELD_RULES, fieldOffence, resolveOptions } from "./fields.ts";
import { appliesIn, type CompiledRule, compileRule, joinViews, matchView, partAt } from "./match.ts";
import { normalise, originalSpan } from "./normalise.ts";
import { RULES } from "./rules.ts";
import {
  type CheckOptions,
  type CheckResult,
  FIELDS,
  type Finding,
  type PostingInput,
  TEXT_FIELDS,
  type TextField,
  type TextRule,
} from "./types.ts";

export type {
  Category,
  CheckOptions,
  CheckResult,
  Field,
  Finding,
  PostingInput,
  SalaryUnit,
  Severity,
} from "./types.ts";

const COMPILED: readonly CompiledRule[] = RULES.map(compileRule);
const FIELD_ORDER = new Map(FIELDS.map((f, i) => [f, i]));

/** A finding with where it starts in its field, for sorting and merging. */
type Located = Finding & { start: number; end: number };

/** Check a posting against employment law: discriminatory or unlawful wording, and required content. */
export function checkPosting(input: PostingInput, options: CheckOptions = {}): CheckResult {
  const resolved = resolveOptions(options);
  const found: Located[] = [];

  // Each rule scans the three fields at once, joined by newlines; the compact join is also the context.
  const raws = TEXT_FIELDS.map((field) => input[field] ?? "");
  const normalised = raws.map(normalise);
  const compact = joinViews(normalised.map((n) => n.compact));
  const light = joinViews(normalised.map((n) => n.light));

  for (const compiled of COMPILED) {
    if (!appliesIn(compiled, compact.view.text)) continue;
    const joined = compiled.rule.view === "light" ? light : compact;
    for (const span of matchView(compiled, joined.view)) {
      const part = partAt(joined, span.start);
      const field = TEXT_FIELDS[part] ?? "title";
      const original = originalSpan(joined.view, span.start, span.end);
      found.push(textFinding(compiled.rule, field, raws[part] ?? "", original));
    }
  }

  for (const rule of FIELD_RULES) {
    const text = fieldOffence(rule.test, input, resolved);
    if (text === null) continue;
    const { id, category, severity, field, basis } = rule;
    found.push({ category, severity, text, field, basis, rule: id, start: 0, end: 0 });
  }

  return { findings: merge(found) };
}

function textFinding(
  rule: TextRule,
  field: TextField,
  raw: string,
  span: { start: number; end: number },
): Located {
  return {
    category: rule.category,
    severity: rule.severity,
    text: raw.slice(span.start, span.end),
    field,
    basis: rule.basis,
    rule: rule.id,
    start: span.start,
    end: span.end,
  };
}

/** Field order, then position in the field. */
function byPlace(a: Located, b: Located): number {
  return (FIELD_ORDER.get(a.field) ?? 0) - (FIELD_ORDER.get(b.field) ?? 0) || a.start - b.start;
}

/**
 * Sorted by field, then position; where findings of one category overlap in one field, the strongest is kept
 * (block over warn, then the longer span, then the earlier rule).
 */
function merge(found: Located[]): Finding[] {
  const kept: Located[] = [];
  for (const f of [...found].sort((a, b) => byPlace(a, b) || rank(b) - rank(a))) {
    const rival = kept.findIndex((k) => k.field === f.field && k.category === f.category && overlaps(k, f));
    const current = kept[rival];
    if (current === undefined) kept.push(f);
    else if (rank(f) > rank(current)) kept[rival] = f;
  }
  return kept.sort(byPlace).map(({ start: _start, end: _end, ...finding }) => finding);
}

function overlaps(a: Located, b: Located): boolean {
  if (a.start === a.end || b.start === b.end) return a.rule === b.rule;
  return a.start < b.end && b.start < a.end;
}

function rank(f: Located): number {
  return (f.severity === "block" ? 1_000_000 : 0) + (f.end - f.start);
}
