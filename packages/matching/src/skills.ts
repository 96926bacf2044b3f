import { SKILLS, type SkillEntry } from "./lexicon.ts";

/** A skill a posting asks for: its lexicon entry, and whether it is only preferred (`…优先`). */
export interface AskedSkill {
  entry: SkillEntry;
  index: number;
  preferred: boolean;
}

/** Text as the lexicon's words are written: NFKC (full-width letters, brackets), lower case, no spaces. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}

/** Words in front of a skill that say it is not needed: 无需电工证, 不要求驾照, 不会电焊可培训. */
const NEGATED_BEFORE = /(?:无需|无须|不需要?|不要求|不用|不必|不会|没有)$/u;
/** What ends a clause: a requirement's `优先` belongs to its own clause. */
const CLAUSE_END = /[，。；;,！!？?\n]/u;
const INDEX_OF = new Map(SKILLS.map((entry, index) => [entry.id, index]));

/** The entry's signal words stand alone here: longer words that contain one are blanked out. */
function withoutExceptions(entry: SkillEntry, text: string): string {
  let out = text;
  for (const word of entry.except ?? []) out = out.replaceAll(word, "□".repeat(word.length));
  return out;
}

function clauseAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text.charAt(start - 1))) start--;
  let end = at + length;
  while (end < text.length && !CLAUSE_END.test(text.charAt(end))) end++;
  return text.slice(start, end);
}

/** How a posting's folded text asks for a skill: required, only preferred, or not at all. */
function askedIn(entry: SkillEntry, text: string): "required" | "preferred" | null {
  const scan = withoutExceptions(entry, text);
  let found: "required" | "preferred" | null = null;
  for (const word of entry.words) {
    for (let at = scan.indexOf(word); at >= 0; at = scan.indexOf(word, at + word.length)) {
      if (NEGATED_BEFORE.test(scan.slice(Math.max(0, at - 4), at))) continue;
      if (!clauseAround(scan, at, word.length).includes("优先")) return "required";
      found = "preferred";
    }
  }
  return found;
}

/** Ids of entries a set of entries includes through `covers` (a B2 licence includes C1). */
function covered(indices: Iterable<number>): Set<string> {
  const out = new Set<string>();
  for (const i of indices) for (const id of SKILLS[i]?.covers ?? []) out.add(id);
  return out;
}

/**
 * The skills and certificates a posting's text asks for, in lexicon order; a general one is left
 * out when a specific one that includes it is asked too (机动车驾驶证 beside B2驾驶证).
 */
export function skillsAsked(postingText: string): AskedSkill[] {
  const text = foldText(postingText);
  const asked: AskedSkill[] = [];
  SKILLS.forEach((entry, index) => {
    const how = askedIn(entry, text);
    if (how) asked.push({ entry, index, preferred: how === "preferred" });
  });
  const implied = covered(asked.map((a) => a.index));
  return asked.filter((a) => !implied.has(a.entry.id));
}

/**
 * What a person holds, one flag per lexicon entry: a skill they name or a certificate whose name
 * or 大典 code is the entry's, and what those include.
 */
export function skillsHeld(person: {
  skills: readonly string[];
  certificates: readonly { name: string; occupationCode: string | null }[];
}): Uint8Array {
  const held = new Uint8Array(SKILLS.length);
  const texts = [...person.skills, ...person.certificates.map((c) => c.name)].map(foldText);
  const codes = new Set(person.certificates.flatMap((c) => (c.occupationCode ? [c.occupationCode] : [])));
  SKILLS.forEach((entry, index) => {
    const name = foldText(entry.name);
    if (
      (entry.occupationCode !== null && codes.has(entry.occupationCode)) ||
      texts.some((t) => {
        const scan = withoutExceptions(entry, t);
        return scan.includes(name) || entry.words.some((w) => scan.includes(w));
      })
    )
      held[index] = 1;
  });
  const direct = [...held.keys()].filter((i) => held[i] === 1);
  for (const id of covered(direct)) {
    const i = INDEX_OF.get(id);
    if (i !== undefined) held[i] = 1;
  }
  return held;
}
