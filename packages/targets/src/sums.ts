/**
 * Sum checks: do the parts (counties, or the breakdown of a figure) add up to the stated total (合计,
 * 全州)? Sums are exact, in base units, so 0.35 + 1.25 + …万个 is compared without rounding. `/` and empty
 * parts add nothing; a total that is `/` or empty states nothing and is not checked.
 */
import type { Cell } from "./cell.ts";
import { compare, type Decimal, sum, toNumber } from "./decimal.ts";
import { formatUnit, fromBase, toBase } from "./units.ts";

export interface SumMismatch {
  code: "SUM_MISMATCH";
  /** Indicator code (or, for a breakdown, what is broken down). */
  indicator: string;
  /** Where the total stands: the region code of the 合计 row, or the plan's region. */
  region: string;
  /** The total's unit as written (`万个`); both figures are in it. */
  unit: string;
  statedTotal: number;
  computedTotal: number;
}

/** A mismatch, or null when the parts add up or there is no stated total. */
export function checkSum(
  what: { indicator: string; region: string },
  parts: readonly Cell[],
  total: Cell,
): SumMismatch | null {
  if (total.kind !== "value") return null;
  const inBase: Decimal[] = parts.flatMap((p) => (p.kind === "value" ? [toBase(p.value, p.unit)] : []));
  const computed = fromBase(sum(inBase), total.unit);
  if (compare(computed, total.value) === 0) return null;
  return {
    code: "SUM_MISMATCH",
    indicator: what.indicator,
    region: what.region,
    unit: formatUnit(total.unit),
    statedTotal: toNumber(total.value),
    computedTotal: toNumber(computed),
  };
}
