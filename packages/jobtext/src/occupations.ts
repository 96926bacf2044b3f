/**
 * The 职业分类大典 2022 catalogue (8 大类, 中类, 小类, 职业) and occupation suggestions for a
 * posting: which occupation codes its title and description most likely mean.
 */
import { readCodeList, readDictLines } from "./reference.ts";
import { normaliseText, segmentForIndex } from "./segment.ts";

export interface Occupation {
  code: string;
  name: string;
  /** 1 大类, 2 中类, 3 小类, 4 职业. */
  level: number;
  parentCode: string | null;
}

export interface OccupationCatalogue {
  all: readonly Occupation[];
  byCode: ReadonlyMap<string, Occupation>;
  childrenOf(code: string | null): readonly Occupation[];
  /** What a posting is coded with: every 职业 (level 4), and each 小类 (level 3) that has none. */
  leaves: readonly Occupation[];
}

export interface OccupationSuggestion {
  code: string;
  name: string;
  /** Higher is better: 8 or more when the occupation's name or a close synonym is in the title. */
  score: number;
  /** The names, synonyms and words of the occupation found in the posting. */
  matched: string[];
}

export interface OccupationSynonym {
  term: string;
  code: string;
  /** 1 when the term means exactly the occupation; lower when it is vaguer. */
  weight: number;
}

const WEIGHT = {
  nameInTitle: 10,
  synonymInTitle: 8,
  nameInDescription: 4,
  synonymInDescription: 3,
  /** Per unit of name-word coverage (the IDF-weighted share of the name's words found). */
  wordsInTitle: 5,
  wordsInDescription: 1.5,
  /** A longer exact name or synonym is more specific: 焊工 in 电焊工 loses to 电焊工. */
  perCharacter: 0.2,
  /** Below this nothing is suggested. */
  minimum: 2,
} as const;

/** Words of job ads that are also words of an occupation's name (招聘 of 招聘师) but say nothing about the job. */
const AD_WORDS: ReadonlySet<string> = new Set([
  "招聘",
  "诚聘",
  "急聘",
  "急招",
  "招工",
  "高薪",
  "长期",
  "若干",
  "名额",
]);

let catalogue: OccupationCatalogue | undefined;

/** The catalogue, read once from the server's reference CSV. */
export function loadOccupations(): OccupationCatalogue {
  if (catalogue) return catalogue;
  const all: Occupation[] = readCodeList("occupations_cn_2022.csv").map((r) => ({ ...r }));
  const byCode = new Map(all.map((o) => [o.code, o]));
  const children = new Map<string | null, Occupation[]>();
  for (const o of all) {
    const list = children.get(o.parentCode) ?? [];
    list.push(o);
    children.set(o.parentCode, list);
  }
  const leaves = all.filter(
    (o) => o.name !== "" && (o.level === 4 || (o.level === 3 && (children.get(o.code)?.length ?? 0) === 0)),
  );
  catalogue = { all, byCode, childrenOf: (code) => children.get(code) ?? [], leaves };
  return catalogue;
}

/** The 8 大类. */
export function majorGroups(): readonly Occupation[] {
  return loadOccupations().childrenOf(null);
}

let synonyms: OccupationSynonym[] | undefined;

/** The curated synonyms of `dict/occupation-synonyms.txt`, each code checked against the catalogue. */
export function occupationSynonyms(): readonly OccupationSynonym[] {
  if (synonyms) return synonyms;
  const { byCode } = loadOccupations();
  const list: OccupationSynonym[] = [];
  for (const line of readDictLines("occupation-synonyms.txt")) {
    const [term = "", code = "", weight = "1"] = line.split(/\s+/u);
    if (!byCode.has(code)) throw new Error(`occupation-synonyms.txt: ${term} → unknown code ${code}`);
    const w = Number(weight);
    if (!(w > 0 && w <= 1)) throw new Error(`occupation-synonyms.txt: ${term} → weight ${weight}`);
    list.push({ term: normaliseText(term), code, weight: w });
  }
  synonyms = list;
  return list;
}

interface Matcher {
  /** Per leaf: its name words (without the whole name) with their IDF. */
  words: Map<string, Map<string, number>>;
  /** Name word → the leaves whose name holds it. */
  byWord: Map<string, string[]>;
  /** Per leaf: the sum of its name words' IDF. */
  totalIdf: Map<string, number>;
}

let matcher: Matcher | undefined;

function buildMatcher(): Matcher {
  const { leaves } = loadOccupations();
  const nameWords = new Map<string, string[]>();
  const df = new Map<string, number>();
  for (const o of leaves) {
    const words = segmentForIndex(o.name).filter((w) => w.length >= 2 && w !== o.name);
    nameWords.set(o.code, words);
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const words = new Map<string, Map<string, number>>();
  const byWord = new Map<string, string[]>();
  const totalIdf = new Map<string, number>();
  for (const [code, list] of nameWords) {
    const idf = new Map(list.map((w) => [w, Math.log((leaves.length + 1) / (df.get(w) ?? 1))]));
    words.set(code, idf);
    totalIdf.set(
      code,
      [...idf.values()].reduce((a, b) => a + b, 0),
    );
    for (const w of idf.keys()) byWord.set(w, [...(byWord.get(w) ?? []), code]);
  }
  return { words, byWord, totalIdf };
}

interface Tally {
  title: number;
  description: number;
  titleWords: number;
  descriptionWords: number;
  matched: Set<string>;
}

/**
 * The occupations (职业, or 小类 where the 大典 has no 职业) a posting most likely is, best first:
 * the exact name in the title counts most, then a curated synonym (挖机 → 挖掘铲运和桩工机械司机),
 * then the share of the name's words found in the title and, less, in the description.
 */
export function suggestOccupations(title: string, description: string, limit = 3): OccupationSuggestion[] {
  const { byCode, leaves } = loadOccupations();
  matcher ??= buildMatcher();
  const t = normaliseText(title);
  const d = normaliseText(description).slice(0, 5000);
  const tallies = new Map<string, Tally>();
  const tally = (code: string): Tally => {
    let entry = tallies.get(code);
    if (!entry) {
      entry = { title: 0, description: 0, titleWords: 0, descriptionWords: 0, matched: new Set() };
      tallies.set(code, entry);
    }
    return entry;
  };

  for (const [text, field] of [
    [t, "title"],
    [d, "description"],
  ] as const) {
    for (const m of phraseMatches(text, field, leaves)) {
      const entry = tally(m.code);
      entry[field] = Math.max(entry[field], m.strength);
      entry.matched.add(m.term);
    }
  }
  const addWords = (text: string, field: "titleWords" | "descriptionWords") => {
    if (text === "") return;
    for (const word of segmentForIndex(text)) {
      if (AD_WORDS.has(word)) continue;
      for (const code of matcher?.byWord.get(word) ?? []) {
        const idf = matcher?.words.get(code)?.get(word) ?? 0;
        const entry = tally(code);
        entry[field] += idf / (matcher?.totalIdf.get(code) || 1);
        entry.matched.add(word);
      }
    }
  };
  addWords(t, "titleWords");
  addWords(d, "descriptionWords");

  const ranked: OccupationSuggestion[] = [];
  for (const [code, e] of tallies) {
    const score =
      e.title +
      e.description +
      WEIGHT.wordsInTitle * Math.min(1, e.titleWords) +
      WEIGHT.wordsInDescription * Math.min(1, e.descriptionWords);
    if (score < WEIGHT.minimum) continue;
    const name = byCode.get(code)?.name ?? "";
    ranked.push({ code, name, score: Math.round(score * 100) / 100, matched: [...e.matched] });
  }
  ranked.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  return ranked.slice(0, limit);
}

interface Phrase {
  term: string;
  code: string;
  /** Null for an occupation's own name; a synonym's weight otherwise. */
  synonymWeight: number | null;
  /** Names first in catalogue order, then synonyms in file order. */
  order: number;
}

let phrasesByFirstCharacter: Map<string, Phrase[]> | undefined;

/**
 * The occupation names and synonyms a text holds, in catalogue order: each position of the text
 * is looked up by its character, not every name searched for in the whole text.
 */
function phrasesIn(text: string, leaves: readonly Occupation[]): Phrase[] {
  if (!phrasesByFirstCharacter) {
    const all: Omit<Phrase, "order">[] = [
      ...leaves.map((o) => ({ term: o.name, code: o.code, synonymWeight: null })),
      ...occupationSynonyms().map((s) => ({ term: s.term, code: s.code, synonymWeight: s.weight })),
    ];
    phrasesByFirstCharacter = new Map();
    all.forEach((p, order) => {
      const first = p.term.charAt(0);
      const list = phrasesByFirstCharacter?.get(first) ?? [];
      list.push({ ...p, order });
      phrasesByFirstCharacter?.set(first, list);
    });
  }
  const found = new Map<number, Phrase>();
  for (let i = 0; i < text.length; i++) {
    for (const p of phrasesByFirstCharacter.get(text.charAt(i)) ?? []) {
      if (!found.has(p.order) && text.startsWith(p.term, i)) found.set(p.order, p);
    }
  }
  return [...found.values()].sort((a, b) => a.order - b.order);
}

interface PhraseMatch {
  term: string;
  code: string;
  strength: number;
}

/**
 * Occupation names and synonyms found in a text, without those found only inside a longer match
 * (车工 inside 挡车工, which is a 纺纱工).
 */
function phraseMatches(
  text: string,
  field: "title" | "description",
  leaves: readonly Occupation[],
): PhraseMatch[] {
  if (text === "") return [];
  const found: PhraseMatch[] = [];
  for (const p of phrasesIn(text, leaves)) {
    const strength =
      p.synonymWeight === null
        ? field === "title"
          ? WEIGHT.nameInTitle + WEIGHT.perCharacter * p.term.length
          : WEIGHT.nameInDescription
        : field === "title"
          ? WEIGHT.synonymInTitle * p.synonymWeight + WEIGHT.perCharacter * p.term.length
          : WEIGHT.synonymInDescription * p.synonymWeight;
    found.push({ term: p.term, code: p.code, strength });
  }
  const spans = (term: string): [number, number][] => {
    const out: [number, number][] = [];
    for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) out.push([i, i + term.length]);
    return out;
  };
  const longer = found.map((m) => m.term).filter((term, i, all) => all.indexOf(term) === i);
  const longerSpans = new Map(longer.map((term) => [term, spans(term)]));
  return found.filter((m) =>
    spans(m.term).some(
      ([start, end]) =>
        !longer.some(
          (other) =>
            other.length > m.term.length &&
            (longerSpans.get(other) ?? []).some(([s, e]) => s <= start && end <= e),
        ),
    ),
  );
}
