import type { SkillEntry } from "./lexicon/entry.ts";
import { SERVICES } from "./lexicon/services.ts";
import { TRADES } from "./lexicon/trades.ts";

export type { SkillEntry };

/** The skills and certificates lexicon (see `lexicon/entry.ts` for what an entry says), in a fixed order. */
export const SKILLS: readonly SkillEntry[] = [...TRADES, ...SERVICES];
