import * as OpenCC from "opencc-js";

/**
 * Text folded for matching, with a map back to the original: `starts[i]`/`ends[i]` are the UTF-16 offsets in
 * the original string of the character that produced `text[i]`, so a match can be reported as written.
 */
export type View = { text: string; starts: readonly number[]; ends: readonly number[] };

/**
 * Two views of one text. Both are NFKC, simplified Chinese, lower case, with whitespace, zero-width and other
 * format characters removed. `light` keeps punctuation (brackets unified to `(` `)`, dashes and tildes to `-`);
 * `compact` also drops punctuation and symbols, except a `-` or `.` between two digits (`18-35`, `1.5`).
 */
export type NormalisedText = { compact: View; light: View };

// Character by character so offsets stay exact; OpenCC's phrase tables are not needed to match rule words.
// The Hong Kong table converts single characters without turning simplified 著 into 着.
const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });

const INVISIBLE = /^[\s\p{Cf}\p{Mn}\p{Me}]$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const DASH = /^[~\u2010-\u2015\u2212\u301c\u30fc\ufe58\ufe63-]$/u;
const OPEN = new Set(["(", "[", "{", "【", "〔", "〖", "「", "『", "〈", "｛"]);
const CLOSE = new Set([")", "]", "}", "】", "〕", "〗", "」", "』", "〉", "｝"]);

/** A folded character and whether the compact view drops it (punctuation or a symbol). */
type Folded = { c: string; punctuation: boolean };

const foldCache = new Map<string, readonly Folded[]>();

/**
 * One code point folded: NFKC, traditional to simplified, lower case, dashes and brackets unified, invisible
 * characters removed. Cached: postings use a few thousand distinct characters at most.
 */
function fold(codePoint: string): readonly Folded[] {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  const out: Folded[] = [];
  for (const ch of codePoint.normalize("NFKC")) {
    const simplified = ch.charCodeAt(0) >= 0x2e80 ? toSimplified(ch) : ch;
    for (const raw of simplified.toLowerCase()) {
      if (INVISIBLE.test(raw)) continue;
      const c = DASH.test(raw) ? "-" : OPEN.has(raw) ? "(" : CLOSE.has(raw) ? ")" : raw;
      out.push({ c, punctuation: PUNCTUATION.test(c) });
    }
  }
  foldCache.set(codePoint, out);
  return out;
}

/** A view under construction: text pieces and, per UTF-16 unit, the original span. */
type Builder = { parts: string[]; starts: number[]; ends: number[] };

function push(b: Builder, c: string, start: number, end: number): void {
  b.parts.push(c);
  for (let u = 0; u < c.length; u++) {
    b.starts.push(start);
    b.ends.push(end);
  }
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && c >= "0" && c <= "9";
}

/** Fold `original` into the light and compact views. */
export function normalise(original: string): NormalisedText {
  const light: Builder = { parts: [], starts: [], ends: [] };
  const compact: Builder = { parts: [], starts: [], ends: [] };
  // A "-" or "." right after a digit, kept in the compact view only if a digit follows it.
  let pending: { c: string; start: number; end: number } | null = null;
  for (let i = 0; i < original.length; ) {
    const width = (original.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    for (const { c, punctuation } of fold(original.slice(i, i + width))) {
      push(light, c, i, i + width);
      if (pending) {
        if (isDigit(c)) push(compact, pending.c, pending.start, pending.end);
        pending = null;
      }
      if (!punctuation) push(compact, c, i, i + width);
      else if ((c === "-" || c === ".") && isDigit(compact.parts.at(-1)))
        pending = { c, start: i, end: i + width };
    }
    i += width;
  }
  return {
    compact: { text: compact.parts.join(""), starts: compact.starts, ends: compact.ends },
    light: { text: light.parts.join(""), starts: light.starts, ends: light.ends },
  };
}

/** The original offsets of `view.text.slice(start, end)` (end exclusive, start < end). */
export function originalSpan(view: View, start: number, end: number): { start: number; end: number } {
  return { start: view.starts[start] ?? 0, end: view.ends[end - 1] ?? 0 };
}
