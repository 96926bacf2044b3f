/**
 * Exact fractions for completion, time progress and ranking scores, so that two counties with the same
 * completion tie exactly and a light never flips on a rounding error.
 */
import type { Decimal } from "./decimal.ts";

export interface Ratio {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new Error("ratio with a zero denominator");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

/** The decimal as a fraction: 2.35 → 47/20. */
export function fromDecimal(d: Decimal): Ratio {
  return ratio(d.coefficient, 10n ** BigInt(d.scale));
}

/** a ÷ b; b must not be zero. */
export function quotient(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den, a.den * b.num);
}

/** A finite JavaScript number read through its decimal text (0.3 is 3/10, not the nearest double). */
export function fromNumber(value: number): Ratio {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const [mantissa = "0", exponent = "0"] = value.toString().split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const base = ratio(BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length));
  const e = Number(exponent);
  return e >= 0 ? multiply(base, ratio(10n ** BigInt(e))) : multiply(base, ratio(1n, 10n ** BigInt(-e)));
}

export function plus(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function minus(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiply(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const x = a.num * b.den;
  const y = b.num * a.den;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function minRatio(a: Ratio, b: Ratio): Ratio {
  return compareRatios(a, b) <= 0 ? a : b;
}

export const ZERO = ratio(0n);
export const ONE = ratio(1n);

/** The nearest double; for display and charts only. */
export function ratioToNumber(r: Ratio): number {
  return Number(r.num) / Number(r.den);
}
