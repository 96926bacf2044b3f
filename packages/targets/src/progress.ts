/**
 * Where one target stands: completion against 序时进度 and a light.
 *
 * Counts (人, 个, 场次 …) are cumulative over the period:
 * - a floor (at least, and `exact`/`about` where more is better): completion = actual ÷ target, and the gap
 *   is completion − time progress (ahead when positive). Met when actual ≥ target.
 * - a ceiling (at most, and `exact`/`about` where less is better): met while actual ≤ target; the gap is
 *   time progress − completion (using less of the allowance than time has used is ahead), and a ceiling
 *   that is already exceeded is red whatever the time.
 * Rates (%) are compared directly, without time progress: the gap is the difference in percentage points
 * (÷ 100), in the indicator's direction.
 *
 * `about` (左右) allows a tolerance, 5% of the target by default: 300人左右 is met at 285, and a rate
 * 控制在5.0%左右 at 5.25%.
 *
 * Lights: green when the gap is ≥ 0 (at or ahead of 序时进度, or the rate met); yellow when behind by less
 * than the margin (5 percentage points by default); red when behind by the margin or more.
 */
import type { Comparator } from "./cell.ts";
import type { Decimal } from "./decimal.ts";
import type { Direction } from "./indicator.ts";
import {
  compareRatios,
  fromDecimal,
  fromNumber,
  minus,
  multiply,
  ONE,
  plus,
  quotient,
  type Ratio,
  ratio,
  ZERO,
} from "./ratio.ts";
import { toBase, type Unit, unitKind } from "./units.ts";

export type Light = "green" | "yellow" | "red";

const HUNDREDTH = ratio(1n, 100n);

export interface TargetValue {
  value: Decimal;
  unit: Unit;
  /** Already resolved against the indicator (`effectiveComparator`). */
  comparator: Comparator;
  direction: Direction;
}

export interface ActualValue {
  value: Decimal;
  unit: Unit;
}

export interface ProgressOptions {
  /** 序时进度 for counts (`timeProgress`); ignored for rates. */
  timeProgress: Ratio;
  /** Percentage points behind that still count as yellow; default 5. */
  marginPoints?: number;
  /** Share of the target that 左右 tolerates; default 0.05. */
  aboutTolerance?: number;
}

export interface Progress {
  /** actual ÷ target for counts; null for rates. */
  completion: Ratio | null;
  /** The 序时进度 compared with, for counts; null for rates. */
  expected: Ratio | null;
  /** Ahead (positive) or behind (negative), as a share: 0.03 is 3 percentage points. */
  gap: Ratio;
  met: boolean;
  light: Light;
}

/** Where `actual` stands against `target`. The two must share a base unit. */
export function evaluateProgress(
  target: TargetValue,
  actual: ActualValue,
  options: ProgressOptions,
): Progress {
  if (target.unit.base !== actual.unit.base)
    throw new Error(`units differ: ${target.unit.base} and ${actual.unit.base}`);
  const ceiling = isCeiling(target);
  const limit = toleratedLimit(target, ceiling, options.aboutTolerance ?? 0.05);
  const done = fromDecimal(toBase(actual.value, actual.unit));
  const margin = multiply(fromNumber(options.marginPoints ?? 5), HUNDREDTH);
  const met = ceiling ? compareRatios(done, limit) <= 0 : compareRatios(done, limit) >= 0;

  if (unitKind(target.unit) === "rate") {
    const gap = multiply(ceiling ? minus(limit, done) : minus(done, limit), HUNDREDTH);
    return { completion: null, expected: null, gap, met, light: light(gap, margin) };
  }

  const expected = options.timeProgress;
  // A zero target: a floor of 0 is done; a ceiling of 0 is kept (0) or broken (1).
  const completion = limit.num !== 0n ? quotient(done, limit) : ceiling && met ? ZERO : ONE;
  const gap = ceiling ? minus(expected, completion) : minus(completion, expected);
  return { completion, expected, gap, met, light: ceiling && !met ? "red" : light(gap, margin) };
}

function isCeiling(target: TargetValue): boolean {
  if (target.comparator === "at_most") return true;
  if (target.comparator === "at_least") return false;
  return target.direction === "down";
}

/** The target in base units, widened by the tolerance for 左右. */
function toleratedLimit(target: TargetValue, ceiling: boolean, tolerance: number): Ratio {
  const base = fromDecimal(toBase(target.value, target.unit));
  if (target.comparator !== "about") return base;
  const slack = multiply(base, fromNumber(tolerance));
  return ceiling ? plus(base, slack) : minus(base, slack);
}

function light(gap: Ratio, margin: Ratio): Light {
  if (compareRatios(gap, ZERO) >= 0) return "green";
  return compareRatios(plus(gap, margin), ZERO) > 0 ? "yellow" : "red";
}
