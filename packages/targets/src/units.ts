/**
 * Units as plan tables write them: a base unit (人, 人次, 个, …) and a power of ten for 万 (10⁴) and
 * 亿 (10⁸). Values convert to base units exactly: 2.35 万个 is 23,500 个.
 */
import { type Decimal, shift } from "./decimal.ts";

export const BASE_UNITS = [
  "person",
  "person_time",
  "piece",
  "session",
  "establishment",
  "household",
  "item",
  "percent",
  "yuan",
] as const;
export type BaseUnit = (typeof BASE_UNITS)[number];

export type UnitPower = 0 | 4 | 8;

export interface Unit {
  readonly base: BaseUnit;
  /** 0 for 人, 4 for 万人, 8 for 亿元. Always 0 for percent. */
  readonly power: UnitPower;
}

/**
 * The symbols a document may write, longest first so that 人次 is not read as 人. The first symbol of
 * each base unit is the one `formatUnit` writes; 名 (people) and 场 (sessions) are read as 人 and 场次.
 */
const SYMBOLS: ReadonlyArray<readonly [string, BaseUnit]> = [
  ["人次", "person_time"],
  ["场次", "session"],
  ["人", "person"],
  ["名", "person"],
  ["个", "piece"],
  ["场", "session"],
  ["家", "establishment"],
  ["户", "household"],
  ["项", "item"],
  ["%", "percent"],
  ["元", "yuan"],
];

const MULTIPLIERS: ReadonlyArray<readonly [string, UnitPower]> = [
  ["万", 4],
  ["亿", 8],
];

/** Reads a unit symbol such as `人`, `万人次`, `亿元`, `%`; null if it is not one. */
export function parseUnit(symbol: string): Unit | null {
  const s = symbol.normalize("NFKC").replace(/\s+/g, "");
  const read = readUnitPrefix(s);
  return read && read.length === s.length ? read.unit : null;
}

/** The unit with a power of ten, or null where that makes no sense (万% or 亿万). */
export function withPower(base: BaseUnit, power: number): Unit | null {
  if (power !== 0 && power !== 4 && power !== 8) return null;
  if (base === "percent" && power !== 0) return null;
  return { base, power };
}

/** The longest unit symbol at the start of `text` (with its 万/亿), or null. */
export function readUnitPrefix(text: string): { unit: Unit; length: number } | null {
  const multiplier = MULTIPLIERS.find(([prefix]) => text.startsWith(prefix));
  const offset = multiplier ? multiplier[0].length : 0;
  const entry = SYMBOLS.find(([symbol]) => text.startsWith(symbol, offset));
  if (!entry) return null;
  const unit = withPower(entry[1], multiplier?.[1] ?? 0);
  return unit ? { unit, length: offset + entry[0].length } : null;
}

/** The canonical symbol: `万人`, `人次`, `%`. */
export function formatUnit(unit: Unit): string {
  const entry = SYMBOLS.find(([, base]) => base === unit.base);
  const prefix = MULTIPLIERS.find(([, power]) => power === unit.power)?.[0] ?? "";
  return `${prefix}${entry?.[0] ?? unit.base}`;
}

/** Percent is a rate; everything else is counted. */
export function unitKind(unit: Unit): "count" | "rate" {
  return unit.base === "percent" ? "rate" : "count";
}

/** The value in the base unit: (2.35, 万个) → 23500. */
export function toBase(value: Decimal, unit: Unit): Decimal {
  return shift(value, unit.power);
}

/** A base-unit value expressed in `unit`: (23500, 万个) → 2.35. */
export function fromBase(value: Decimal, unit: Unit): Decimal {
  return shift(value, -unit.power);
}
