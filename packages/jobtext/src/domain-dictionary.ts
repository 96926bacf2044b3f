/**
 * The domain dictionary added to jieba: occupation names of the 职业分类大典 2022, Xinjiang place
 * names with and without their suffix (昌吉市 and 昌吉), and the curated job-ad words of
 * `dict/domain.txt`.
 */
import { type CodeRow, readCodeList, readDictLines } from "./reference.ts";

/** jieba frequencies by source: high enough to keep a word whole, low enough not to swallow neighbours. */
export const FREQUENCY = {
  curated: 2000,
  occupation: 1000,
  place: 500,
  /** 昌吉 from 昌吉市: a prefecture or county name people use without its suffix. */
  placeShort: 100,
  /** 西地 from 西地镇: many township names are ordinary two-character strings, so keep these weak. */
  townshipShort: 30,
} as const;

/** Words jieba can match at all: its segmenter only builds words from Han characters, Latin letters and digits. */
const MATCHABLE = /^[\p{Script=Han}A-Za-z0-9]+$/u;

const PREFECTURE_SUFFIX = /(?:(?:维吾尔|回族|蒙古|柯尔克孜|哈萨克)?自治[州区]|地区|市)$/u;
const COUNTY_SUFFIX = /(?:(?:哈萨克|回族|锡伯|蒙古|塔吉克)自治县|[市县区])$/u;
const TOWNSHIP_SUFFIX =
  /(?:(?:哈萨克|回族|回|柯尔克孜|塔吉克|蒙古|锡伯|达斡尔|乌孜别克)?(?:民族|族)?乡|镇|街道)$/u;

/** A place name without its administrative suffix, or null when nothing sensible is left. */
export function shortPlaceName(name: string, level: number): string | null {
  const suffix = level <= 2 ? PREFECTURE_SUFFIX : level === 3 ? COUNTY_SUFFIX : TOWNSHIP_SUFFIX;
  const short = name.replace(suffix, "");
  return short !== name && short.length >= 2 ? short : null;
}

/** Which places a person may name in a posting or a search, with the frequency each gets. */
function placeWords(rows: CodeRow[], add: (word: string, freq: number) => void): void {
  for (const row of rows) {
    if (row.name.includes("直辖")) continue;
    if (row.level <= 3) {
      add(row.name, FREQUENCY.place);
      const short = shortPlaceName(row.name, row.level);
      if (short) add(short, FREQUENCY.placeShort);
    } else if (/(?:街道|镇|乡)$/u.test(row.name)) {
      add(row.name, FREQUENCY.place);
      const short = shortPlaceName(row.name, row.level);
      if (short) add(short, FREQUENCY.townshipShort);
    } else if (/(?:农场|牧场)$/u.test(row.name) && row.name.length >= 4) {
      add(row.name, FREQUENCY.place);
    }
  }
}

/** Word → jieba frequency for every word of the domain dictionary (the highest when sources overlap). */
export function domainWords(): Map<string, number> {
  const words = new Map<string, number>();
  const add = (word: string, freq: number) => {
    if (!MATCHABLE.test(word) || word.length < 2) return;
    words.set(word, Math.max(freq, words.get(word) ?? 0));
  };
  for (const line of readDictLines("domain.txt")) {
    const [word = "", freq] = line.split(/\s+/u);
    add(word, freq ? Number(freq) : FREQUENCY.curated);
  }
  for (const row of readCodeList("occupations_cn_2022.csv")) add(row.name, FREQUENCY.occupation);
  placeWords(readCodeList("admin_divisions_xinjiang_2023.csv"), add);
  placeWords(readCodeList("regions_extra.csv"), add);
  return words;
}

/**
 * The domain dictionary in jieba's `word freq` format. Given jieba's own dictionary, a word
 * already in it keeps the higher of the two frequencies: adding a place name must never make a
 * common word rarer (jieba replaces a word's frequency when it is loaded again).
 */
export function domainDictionaryText(baseDict?: Uint8Array): string {
  const words = domainWords();
  if (baseDict) {
    const base = new TextDecoder().decode(baseDict);
    let start = 0;
    while (start < base.length) {
      let end = base.indexOf("\n", start);
      if (end === -1) end = base.length;
      const space = base.indexOf(" ", start);
      if (space > start && space < end) {
        const ours = words.get(base.slice(start, space));
        if (ours !== undefined) {
          const next = base.indexOf(" ", space + 1);
          const theirs = Number(base.slice(space + 1, next > space && next < end ? next : end));
          if (theirs > ours) words.set(base.slice(start, space), theirs);
        }
      }
      start = end + 1;
    }
  }
  let text = "";
  for (const [word, freq] of words) text += `${word} ${freq}\n`;
  return text;
}
