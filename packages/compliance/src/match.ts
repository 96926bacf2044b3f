import { type NormalisedText, normalise, originalSpan, type View } from "./normalise.ts";
import type { TextRule } from "./types.ts";

/** A text rule with its regular expressions built once. */
export type CompiledRule = {
  rule: TextRule;
  pattern: RegExp;
  exception: RegExp | null;
  requires: RegExp | null;
  unless: RegExp | null;
};

export type Span = { start: number; end: number };

function alternation(sources: readonly string[] | undefined, flags: string): RegExp | null {
  if (!sources || sources.length === 0) return null;
  return new RegExp(sources.map((s) => `(?:${s})`).join("|"), flags);
}

export function compileRule(rule: TextRule): CompiledRule {
  const pattern = alternation(rule.patterns, "gu");
  if (!pattern) throw new Error(`Rule ${rule.id} has no patterns`);
  return {
    rule,
    pattern,
    exception: alternation(rule.exceptions, "gu"),
    requires: alternation(rule.requiresContext, "u"),
    unless: alternation(rule.unlessContext, "u"),
  };
}

function spans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Every match, overlapping ones included: the search restarts one character after each match's start. */
function allSpans(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** Whether the rule applies to a posting whose text (compact views joined by newlines) is `context`. */
export function appliesIn(compiled: CompiledRule, context: string): boolean {
  if (compiled.requires && !compiled.requires.test(context)) return false;
  if (compiled.unless?.test(context)) return false;
  return true;
}

/** Matches of the rule in one view, minus those an exception overlaps; offsets are in the view. */
export function matchView(compiled: CompiledRule, view: View): Span[] {
  const found = spans(compiled.pattern, view.text);
  if (found.length === 0 || !compiled.exception) return found;
  const excused = allSpans(compiled.exception, view.text);
  return found.filter((f) => !excused.some((e) => e.start < f.end && f.start < e.end));
}

/** Several views joined by newlines (no pattern matches across one), remembering where each part starts. */
export type JoinedView = { view: View; partStarts: readonly number[] };

export function joinViews(views: readonly View[]): JoinedView {
  const partStarts: number[] = [];
  const texts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  views.forEach((v, i) => {
    if (i > 0) {
      texts.push("\n");
      starts.push(-1);
      ends.push(-1);
      at++;
    }
    partStarts.push(at);
    texts.push(v.text);
    for (let k = 0; k < v.starts.length; k++) {
      starts.push(v.starts[k] ?? 0);
      ends.push(v.ends[k] ?? 0);
    }
    at += v.text.length;
  });
  return { view: { text: texts.join(""), starts, ends }, partStarts };
}

/** Which part of a joined view a position falls in. */
export function partAt(joined: JoinedView, position: number): number {
  let part = 0;
  while (part + 1 < joined.partStarts.length && (joined.partStarts[part + 1] ?? Infinity) <= position) part++;
  return part;
}

/** Matches of the rule in one normalised text, as original offsets. */
export function matchText(compiled: CompiledRule, text: NormalisedText): Span[] {
  const view = compiled.rule.view === "light" ? text.light : text.compact;
  return matchView(compiled, view).map((s) => originalSpan(view, s.start, s.end));
}

/** What one rule finds in a lone snippet, the snippet being its own context: for tests and docs. */
export function findInSnippet(rule: TextRule, snippet: string): string[] {
  const compiled = compileRule(rule);
  const text = normalise(snippet);
  if (!appliesIn(compiled, text.compact.text)) return [];
  return matchText(compiled, text).map((s) => snippet.slice(s.start, s.end));
}
