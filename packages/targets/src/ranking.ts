/**
 * 排名: counties ordered by how far ahead of 序时进度 they are, per indicator and overall.
 *
 * - Per indicator the score is the gap from `evaluateProgress` (completion − 序时进度 for counts, the
 *   difference from the target for rates). Within one period every county has the same 序时进度, so this is
 *   the same order as completion itself.
 * - Overall the score is the weighted mean of a county's gaps over the indicators it has targets for
 *   (a `/` target is simply absent); weights default to 1 and a weight of 0 leaves an indicator out. With
 *   `capGap`, a gap counts at most that much, so one indicator far ahead cannot hide the others.
 * - Ties share a rank and the next rank is skipped (1, 2, 2, 4); tied counties are listed by region code.
 *   Scores are exact fractions, so a tie is a real tie.
 * - A county with no actual value for an indicator it has a target for has no rank (rank null, listed
 *   after the ranked ones with the indicators it is missing).
 */
import { compareRatios, fromNumber, minRatio, multiply, plus, quotient, type Ratio, ZERO } from "./ratio.ts";

export interface Standing {
  region: string;
  indicator: string;
  /** From `evaluateProgress`; null when no actual value has been reported or computed. */
  gap: Ratio | null;
}

export interface Ranked {
  region: string;
  score: Ratio | null;
  /** 1 is first; null when the county cannot be ranked. */
  rank: number | null;
  /** Indicators without an actual value. */
  missing: string[];
}

export interface OverallOptions {
  /** Weight per indicator code; indicators not listed weigh 1. */
  weights?: Readonly<Record<string, number>>;
  /** The most a single gap counts for, as a share (0.2 = 20 percentage points ahead). */
  capGap?: number;
}

/** Counties ranked on one indicator. */
export function rankIndicator(indicator: string, standings: readonly Standing[]): Ranked[] {
  return assignRanks(
    standings
      .filter((s) => s.indicator === indicator)
      .map((s) => ({ region: s.region, score: s.gap, missing: s.gap ? [] : [indicator] })),
  );
}

/** Counties ranked overall. */
export function rankOverall(standings: readonly Standing[], options: OverallOptions = {}): Ranked[] {
  const cap = options.capGap === undefined ? null : fromNumber(options.capGap);
  const byRegion = new Map<string, Standing[]>();
  for (const s of standings) byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s]);

  const entries = [...byRegion].map(([region, own]) => {
    let weighted = ZERO;
    let totalWeight = ZERO;
    const missing: string[] = [];
    for (const s of own) {
      const weight = weightOf(s.indicator, options.weights);
      if (weight.num === 0n) continue;
      if (!s.gap) {
        missing.push(s.indicator);
        continue;
      }
      weighted = plus(weighted, multiply(weight, cap ? minRatio(s.gap, cap) : s.gap));
      totalWeight = plus(totalWeight, weight);
    }
    const score = missing.length > 0 || totalWeight.num === 0n ? null : quotient(weighted, totalWeight);
    return { region, score, missing };
  });
  return assignRanks(entries);
}

function weightOf(indicator: string, weights: OverallOptions["weights"]): Ratio {
  const w = weights?.[indicator] ?? 1;
  if (!(w >= 0)) throw new Error(`weight of ${indicator} must be 0 or more`);
  return fromNumber(w);
}

function assignRanks(entries: readonly Omit<Ranked, "rank">[]): Ranked[] {
  const byCode = (a: { region: string }, b: { region: string }) =>
    a.region < b.region ? -1 : a.region > b.region ? 1 : 0;
  const scored = entries
    .filter((e): e is Omit<Ranked, "rank"> & { score: Ratio } => e.score !== null)
    .sort((a, b) => compareRatios(b.score, a.score) || byCode(a, b));
  const unscored = entries.filter((e) => e.score === null).sort(byCode);

  const ranked: Ranked[] = [];
  scored.forEach((e, i) => {
    const previous = ranked[i - 1];
    const tied = previous?.score && compareRatios(previous.score, e.score) === 0;
    ranked.push({ ...e, rank: tied && previous ? previous.rank : i + 1 });
  });
  return [...ranked, ...unscored.map((e) => ({ ...e, rank: null }))];
}
