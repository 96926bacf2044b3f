/**
 * Exact decimals for plan figures: `coefficient × 10^-scale` with a bigint coefficient, so that
 * 0.35 + 1.25 + 1.2 is 2.8 and 2.35 万 is 23,500, never 23,499.999….
 */
export interface Decimal {
  readonly coefficient: bigint;
  /** Digits after the decimal point; never negative. */
  readonly scale: number;
}

const DECIMAL_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Reads `123`, `-4`, `2.35`, `0.016`; null for anything else (no grouping commas, no exponent). */
export function parseDecimal(text: string): Decimal | null {
  const m = DECIMAL_PATTERN.exec(text);
  if (!m) return null;
  const [, sign = "", whole = "", fraction = ""] = m;
  const coefficient = BigInt(`${sign}${whole}${fraction}`);
  return normalise({ coefficient, scale: fraction.length });
}

/** `parseDecimal` for literals that must be valid. */
export function decimal(text: string): Decimal {
  const d = parseDecimal(text);
  if (!d) throw new Error(`not a decimal: ${text}`);
  return d;
}

/** The decimal of an integer. */
export function integer(value: bigint | number): Decimal {
  return { coefficient: BigInt(value), scale: 0 };
}

/** Drops trailing zeros after the point: 2.50 → 2.5, 10.00 → 10. */
export function normalise(d: Decimal): Decimal {
  let { coefficient, scale } = d;
  while (scale > 0 && coefficient % 10n === 0n) {
    coefficient /= 10n;
    scale -= 1;
  }
  return { coefficient, scale };
}

/** Multiplies by 10^places (places may be negative). */
export function shift(d: Decimal, places: number): Decimal {
  if (places >= 0) {
    const grow = Math.min(places, d.scale);
    return normalise({ coefficient: d.coefficient * 10n ** BigInt(places - grow), scale: d.scale - grow });
  }
  return normalise({ coefficient: d.coefficient, scale: d.scale - places });
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.coefficient * 10n ** BigInt(scale - a.scale),
    b.coefficient * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return normalise({ coefficient: x + y, scale });
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, integer(0));
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Canonical text: `2.35`, `23500`, `-0.5`. */
export function formatDecimal(d: Decimal): string {
  const { coefficient, scale } = normalise(d);
  const negative = coefficient < 0n;
  const digits = (negative ? -coefficient : coefficient).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? "-" : ""}${whole}${scale > 0 ? `.${fraction}` : ""}`;
}

/** The nearest double; for display and JSON only, never for further arithmetic. */
export function toNumber(d: Decimal): number {
  return Number(formatDecimal(d));
}
