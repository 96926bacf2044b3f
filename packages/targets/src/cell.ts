/**
 * One target cell as governments write it: `500`, `1,200`, `2.35`, `/`, `—`, `≥98%`, `98%以上`,
 * `300人左右`, `不低于95%`, `控制在5.5%以内`, `不超过3.5%`, `2.32万人`. Strict: a cell holds one figure;
 * anything else is an error that says where it was.
 */
import { type Decimal, parseDecimal } from "./decimal.ts";
import { readUnitPrefix, type Unit, withPower } from "./units.ts";

export const COMPARATORS = ["at_least", "about", "at_most", "exact"] as const;
export type Comparator = (typeof COMPARATORS)[number];

export type Cell =
  /** A figure; `written` is the cell as it was, for export. */
  | { kind: "value"; value: Decimal; unit: Unit; comparator: Comparator; written: string }
  /** `/` or a dash: no target for this unit. Not zero. */
  | { kind: "not_applicable"; written: string }
  /** Nothing written. */
  | { kind: "empty" };

/** Where a cell is: sheet or annex, row (number or region as written), column (number or header). */
export interface CellLocation {
  sheet?: string;
  row?: string | number;
  column?: string | number;
}

export type CellErrorCode =
  /** Not a figure: words, two numbers, a malformed number. */
  | "UNREADABLE_CELL"
  /** A figure with no unit, in a column that gives none. */
  | "MISSING_UNIT"
  /** The cell's unit is not the column's (a % in a column of 人). */
  | "UNIT_MISMATCH"
  /** Two comparators that contradict each other (不低于…以内). */
  | "CONFLICTING_COMPARATORS";

export interface CellError {
  code: CellErrorCode;
  message: string;
  written: string;
  at?: CellLocation;
}

export type CellResult = { ok: true; cell: Cell } | { ok: false; error: CellError };

export interface ParseCellOptions {
  /** The column's unit (from `单位：人` or the header), used when the cell writes none. */
  unit?: Unit;
  at?: CellLocation;
}

/** Words before the figure. `neutral` ones (控制在, 稳定在) take their meaning from the suffix. */
const PREFIXES: ReadonlyArray<readonly [string, Comparator | "neutral"]> = [
  [">=", "at_least"],
  ["≥", "at_least"],
  ["不低于", "at_least"],
  ["不少于", "at_least"],
  ["不小于", "at_least"],
  ["至少", "at_least"],
  ["达到", "at_least"],
  ["超过", "at_least"],
  ["达", "at_least"],
  ["<=", "at_most"],
  ["≤", "at_most"],
  ["不超过", "at_most"],
  ["不高于", "at_most"],
  ["不多于", "at_most"],
  ["控制在", "neutral"],
  ["稳定在", "neutral"],
  ["优化到", "neutral"],
  ["提升到", "neutral"],
  ["大约", "about"],
  ["约", "about"],
];

const SUFFIXES: ReadonlyArray<readonly [string, Comparator]> = [
  ["及以上", "at_least"],
  ["以上", "at_least"],
  ["及以下", "at_most"],
  ["以下", "at_most"],
  ["以内", "at_most"],
  ["左右", "about"],
  ["上下", "about"],
];

/** 控制在 alone means a ceiling (控制在4.5%); 稳定在 alone a floor. */
const NEUTRAL_DEFAULTS: Readonly<Record<string, Comparator>> = {
  控制在: "at_most",
  稳定在: "at_least",
  优化到: "exact",
  提升到: "at_least",
};

const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;
const DASHES = /^[-‐‑‒–—―－]+$/u;

/** Reads one cell. */
export function parseCell(written: string, options: ParseCellOptions = {}): CellResult {
  const s = written.normalize("NFKC").replace(/\s+/g, "");
  const fail = (code: CellErrorCode, message: string): CellResult => ({
    ok: false,
    error: { code, message, written, at: options.at },
  });

  if (s === "") return { ok: true, cell: { kind: "empty" } };
  if (s === "/" || s === "\\" || DASHES.test(s))
    return { ok: true, cell: { kind: "not_applicable", written } };

  let rest = s;
  const prefix = PREFIXES.find(([word]) => rest.startsWith(word));
  if (prefix) rest = rest.slice(prefix[0].length);

  const number = NUMBER.exec(rest);
  if (!number) return fail("UNREADABLE_CELL", "no figure where one was expected");
  const value = parseDecimal(`${number[1]?.replaceAll(",", "")}${number[2] ?? ""}`);
  if (!value) return fail("UNREADABLE_CELL", "malformed number");
  rest = rest.slice(number[0].length);

  let unit: Unit | undefined;
  const read = readUnitPrefix(rest);
  if (read) {
    unit = read.unit;
    rest = rest.slice(read.length);
  } else if (rest.startsWith("万") || rest.startsWith("亿")) {
    const power = (rest.startsWith("万") ? 4 : 8) + (options.unit?.power ?? 0);
    const scaled = options.unit ? withPower(options.unit.base, power) : null;
    if (!scaled) return fail("MISSING_UNIT", `${rest[0]} with no unit to scale`);
    unit = scaled;
    rest = rest.slice(1);
  }

  const suffix = SUFFIXES.find(([word]) => rest === word);
  if (suffix) rest = "";
  if (rest !== "") return fail("UNREADABLE_CELL", `unexpected text after the figure: ${rest}`);

  unit ??= options.unit;
  if (!unit) return fail("MISSING_UNIT", "the cell and its column give no unit");
  if (options.unit && options.unit.base !== unit.base)
    return fail("UNIT_MISMATCH", "the cell's unit is not the column's");

  const comparator = combine(prefix, suffix?.[1]);
  if (!comparator) return fail("CONFLICTING_COMPARATORS", "the words before and after the figure disagree");
  return { ok: true, cell: { kind: "value", value, unit, comparator, written } };
}

function combine(
  prefix: readonly [string, Comparator | "neutral"] | undefined,
  suffix: Comparator | undefined,
): Comparator | null {
  if (!prefix) return suffix ?? "exact";
  const [word, meaning] = prefix;
  if (meaning === "neutral") return suffix ?? NEUTRAL_DEFAULTS[word] ?? "exact";
  if (!suffix || suffix === meaning) return meaning;
  return null;
}
