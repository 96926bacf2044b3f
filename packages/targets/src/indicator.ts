/**
 * The indicator catalogue: what a target measures. Indicators are data (the shipped catalogue is
 * `apps/server/reference/plans/indicators.json`); this reads and checks them.
 */
import { COMPARATORS, type Comparator } from "./cell.ts";
import { type JsonProblem, JsonReader } from "./json.ts";
import { parseUnit, type Unit, unitKind } from "./units.ts";

export type IndicatorKind = "count" | "rate";
/** Whether more is better (new jobs) or less (the unemployment rate). */
export type Direction = "up" | "down";
/** Computed from the platform's own records (postings, events), or reported by counties and departments. */
export type ValueSource = "computed" | "reported";

export interface Indicator {
  /** Stable English code: `urban_new_jobs`. */
  code: string;
  /** The name the documents use: 城镇新增就业. */
  name: string;
  /** The unit actual values are kept in; targets may use the same base unit with 万 (人 vs 万人). */
  unit: Unit;
  kind: IndicatorKind;
  direction: Direction;
  /** What a bare figure means for this indicator (a plan's 500 人 is a floor). */
  comparator: Comparator;
  source: ValueSource;
}

const CODE = /^[a-z][a-z0-9_]*$/;

/** Reads `{ "indicators": [...] }`; every problem is reported with its path. */
export function readIndicators(json: unknown): { indicators: Indicator[]; problems: JsonProblem[] } {
  const r = new JsonReader();
  const root = r.object(json, "$");
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  r.array(root?.indicators, "indicators").forEach((raw, i) => {
    const path = `indicators[${i}]`;
    const o = r.object(raw, path);
    if (!o) return;
    const code = r.string(o.code, `${path}.code`);
    if (!CODE.test(code)) r.problem(`${path}.code`, "codes are lower-case English words joined by _");
    if (seen.has(code)) r.problem(`${path}.code`, `duplicate code ${code}`);
    seen.add(code);
    const unit = parseUnit(r.string(o.unit, `${path}.unit`));
    if (!unit) r.problem(`${path}.unit`, "unknown unit");
    const indicator: Indicator = {
      code,
      name: r.string(o.name, `${path}.name`),
      unit: unit ?? { base: "person", power: 0 },
      kind: r.oneOf(o.kind, ["count", "rate"] as const, `${path}.kind`),
      direction: r.oneOf(o.direction, ["up", "down"] as const, `${path}.direction`),
      comparator: r.oneOf(o.comparator, COMPARATORS, `${path}.comparator`),
      source: r.oneOf(o.source, ["computed", "reported"] as const, `${path}.source`),
    };
    for (const message of inconsistencies(indicator)) r.problem(path, message);
    indicators.push(indicator);
  });
  return { indicators, problems: r.problems };
}

/** Contradictions inside one indicator: a % that is counted, a ceiling where more is better. */
export function inconsistencies(indicator: Indicator): string[] {
  const found: string[] = [];
  if (unitKind(indicator.unit) !== indicator.kind)
    found.push(`a ${indicator.kind} cannot be kept in this unit`);
  if (indicator.comparator === "at_least" && indicator.direction === "down")
    found.push("an at-least target where less is better");
  if (indicator.comparator === "at_most" && indicator.direction === "up")
    found.push("an at-most target where more is better");
  return found;
}

/**
 * What a target cell asks for: its own comparator when it writes one (以上, 左右, 以内), otherwise the
 * indicator's.
 */
export function effectiveComparator(written: Comparator, indicator: Indicator): Comparator {
  return written === "exact" ? indicator.comparator : written;
}
