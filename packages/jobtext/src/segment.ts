/**
 * Chinese word segmentation for search: jieba with the domain dictionary (occupations, Xinjiang
 * places, job-ad words), and the text Postgres full-text search is given (`simple` config on
 * pre-segmented words).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Jieba } from "@node-rs/jieba";
import { domainDictionaryText } from "./domain-dictionary.ts";
import { toSimplified } from "./traditional.ts";

/** Single characters that carry no meaning in a search (multi-character words are always kept). */
export const STOP_CHARACTERS: ReadonlySet<string> = new Set(
  Array.from("的了和及与等或在是有为以对从把被之其也都而并就又于着个这那啊吧呢吗哦呀么"),
);

/** Longer tokens are URLs, codes or noise, not search words (Postgres caps a lexeme at 2 KB anyway). */
const MAX_TOKEN_LENGTH = 64;
/** A word worth indexing holds at least one letter or digit; punctuation and symbols alone are dropped. */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Characters Postgres text cannot hold or that no search needs: NUL, controls, whitespace. */
const UNSAFE = /[\p{Cc}\p{Cf}\s]/gu;

let jieba: Jieba | undefined;

/** A new jieba with its default dictionary and, unless turned off (for comparisons), the domain dictionary. */
export function createSegmenter({ domainDictionary = true }: { domainDictionary?: boolean } = {}): Jieba {
  const require = createRequire(import.meta.url);
  const base = readFileSync(require.resolve("@node-rs/jieba/dict.txt"));
  const instance = Jieba.withDict(base);
  if (domainDictionary) instance.loadDict(Buffer.from(domainDictionaryText(base)));
  return instance;
}

/**
 * The shared segmenter, created at first use (~0.3 s: jieba's own dictionary plus the domain
 * words). Call it at start-up to keep that cost off the first request.
 */
export function initSegmenter(): Jieba {
  jieba ??= createSegmenter();
  return jieba;
}

/**
 * Text as the segmenter sees it: NFKC (full-width letters and digits become ASCII), lower case,
 * common traditional characters simplified (工資 is found by 工资).
 */
export function normaliseText(text: string): string {
  return toSimplified(text.normalize("NFKC").toLowerCase());
}

/** Whether every character is a CJK ideograph, a-z or 0-9: most tokens, which need no regular expression. */
function isPlainWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/** A token as it is indexed and searched, or null when it is not a search word. */
function cleanToken(raw: string): string | null {
  const plain = isPlainWord(raw);
  const token = plain ? raw : raw.replace(UNSAFE, "");
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  if (!plain && !HAS_WORD_CHARACTER.test(token)) return null;
  if (token.length === 1 && STOP_CHARACTERS.has(token)) return null;
  return token;
}

function cleanTokens(raw: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const r of raw) {
    const token = cleanToken(r);
    if (token !== null) seen.add(token);
  }
  return [...seen];
}

/**
 * The words a text is found by: jieba's search mode (钢筋工 gives 钢筋 and 钢筋工, 昌吉市 gives
 * 昌吉 and 昌吉市), plus every dictionary word inside words of five characters or more, which
 * search mode leaves out (电子商务 inside 电子商务师). Cleaned, deduplicated, in text order.
 */
export function segmentForIndex(text: string): string[] {
  const segmenter = initSegmenter();
  const words = segmenter.cutForSearch(normaliseText(text), true);
  const all: string[] = [];
  for (const word of words) {
    all.push(word);
    if (word.length >= 5 && HAS_WORD_CHARACTER.test(word)) {
      for (const inner of segmenter.cutAll(word)) if (inner.length >= 2) all.push(inner);
    }
  }
  return cleanTokens(all);
}

/**
 * A user's query as search words: jieba's precise cut (the longest dictionary words, so 昌吉市钢筋工
 * is 昌吉市 and 钢筋工, both of which the index holds), cleaned like the index.
 */
export function segmentQuery(text: string): string[] {
  return cleanTokens(initSegmenter().cut(normaliseText(text), true));
}

/** Tokens as one string for `to_tsvector('simple', $1)`: the parser sees only separated words. */
export function toTsvectorText(tokens: readonly string[]): string {
  const out: string[] = [];
  for (const t of tokens) {
    const token = t.replace(UNSAFE, "");
    if (token !== "") out.push(token);
  }
  return out.join(" ");
}

/**
 * Tokens as `to_tsquery('simple', $1)` text where every token must match: each token quoted
 * (quotes and backslashes doubled), so no input can add an operator, a prefix `:*`, a weight or
 * a parenthesis. Tokens without a letter or digit are left out (they would match nothing); an
 * empty string means there is nothing to search for.
 */
export function toTsqueryText(tokens: readonly string[]): string {
  const out: string[] = [];
  for (const t of tokens) {
    const token = t.replace(UNSAFE, "");
    if (!HAS_WORD_CHARACTER.test(token)) continue;
    out.push(`'${token.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`);
  }
  return out.join(" & ");
}
