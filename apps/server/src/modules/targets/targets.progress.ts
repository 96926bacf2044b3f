/**
 * Where each region stands on a date: per target the actual value (counted by the platform, or the
 * latest standing report up to that date), completion against 序时进度 at the value's date, the light,
 * and rankings of the plan's counties per indicator and overall. A plan region's own row (合计) sums
 * its counties' reported values once all of them have reported; counted values it counts itself.
 */

import type { planProgressSchema, progressCellSchema, rankedSchema } from "@jiuye/contract/targets";
import { type Decimal, formatDecimal, integer, parseDecimal, sum } from "@jiuye/targets/decimal";
import { effectiveComparator, type Indicator } from "@jiuye/targets/indicator";
import { evaluateProgress, type Progress } from "@jiuye/targets/progress";
import { type Ranked, rankIndicator, rankOverall, type Standing } from "@jiuye/targets/ranking";
import { ratioToNumber } from "@jiuye/targets/ratio";
import { periodBounds, timeProgress } from "@jiuye/targets/time";
import { parseUnit } from "@jiuye/targets/units";
import type { z } from "zod";
import type { Actor, Deps } from "../../http/context.ts";
import { COMPUTED_CODES, computedActual, platformCount } from "./targets.computed.ts";
import { presentCell, presentIndicator, presentPlanSummary, weightsOf } from "./targets.present.ts";
import { findIndicators, findTables, findTargets, type PlanRow, type TargetRow } from "./targets.repo.ts";
import { findStandingReportedValues } from "./targets.reports.repo.ts";
import { parseReportPeriod } from "./targets.reports.ts";
import { loadCatalogue, seesRegion } from "./targets.service.ts";

type ProgressView = z.infer<typeof planProgressSchema>;
type ProgressCell = z.infer<typeof progressCellSchema>;
type ProgressDeps = Pick<Deps, "db" | "regions" | "clock">;
type RegionTarget = TargetRow & { region_code: string };

interface Actual {
  value: number;
  /** The same, exactly. */
  exact: Decimal;
  source: "computed" | "reported";
  period: string | null;
  asOf: string;
}

/** The plan year a date falls in, held within the plan's years. */
function yearOf(plan: PlanRow, on: string): number {
  const last = Number(plan.period_to.slice(0, 4));
  return Math.min(Math.max(Number(on.slice(0, 4)), plan.year), last);
}

/** The latest value per target from standing reports of `year` whose period has ended by `on`. */
function latestReported(
  rows: Awaited<ReturnType<typeof findStandingReportedValues>>,
  year: number,
  on: string,
): Map<string, Actual> {
  const latest = new Map<string, Actual>();
  for (const r of rows) {
    const period = parseReportPeriod(r.period);
    const exact = parseDecimal(r.value);
    if (!period || period.year !== year || !exact) continue;
    const end = periodBounds(period).to;
    const held = latest.get(r.target_id);
    if (end <= on && (!held || held.asOf < end))
      latest.set(r.target_id, {
        value: Number(r.value),
        exact,
        source: "reported",
        period: r.period,
        asOf: end,
      });
  }
  return latest;
}

/** Actual values per target id: counted by the platform, else reported; totals summed from their counties. */
async function actualsOf(
  deps: ProgressDeps,
  opts: {
    targets: readonly RegionTarget[];
    isTotal: (t: RegionTarget) => boolean;
    catalogue: ReadonlyMap<string, Indicator>;
    reported: ReadonlyMap<string, Actual>;
    year: number;
    countedTo: string;
  },
): Promise<Map<string, Actual>> {
  const actuals = new Map<string, Actual>();
  for (const t of opts.targets.filter((x) => x.applicable)) {
    const path = deps.regions.get(t.region_code)?.path;
    const counted = path
      ? await computedActual(deps.db, {
          indicator: t.indicator_code,
          regionPath: path,
          year: opts.year,
          throughMonth: opts.countedTo.slice(0, 7),
        })
      : null;
    const found = counted === null ? opts.reported.get(t.id) : undefined;
    if (counted !== null)
      actuals.set(t.id, {
        value: counted,
        exact: integer(counted),
        source: "computed",
        period: null,
        asOf: opts.countedTo,
      });
    else if (found && !opts.isTotal(t)) actuals.set(t.id, found);
  }
  for (const total of opts.targets.filter((t) => opts.isTotal(t) && t.applicable && !actuals.has(t.id))) {
    const parts = opts.targets
      .filter((t) => !opts.isTotal(t) && t.applicable && t.indicator_code === total.indicator_code)
      .map((t) => actuals.get(t.id));
    const known = parts.filter((v): v is Actual => v !== undefined);
    if (opts.catalogue.get(total.indicator_code)?.kind !== "count" || known.length === 0) continue;
    if (known.length < parts.length) continue;
    const exact = sum(known.map((v) => v.exact));
    const asOf = known.map((v) => v.asOf).sort()[0] ?? opts.countedTo;
    actuals.set(total.id, {
      value: Number(formatDecimal(exact)),
      exact,
      source: "reported",
      period: null,
      asOf,
    });
  }
  return actuals;
}

function evaluate(
  t: TargetRow,
  indicator: Indicator,
  actual: Actual,
  opts: { year: number; margin: number },
) {
  const value = t.value === null ? null : parseDecimal(t.value);
  const unit = t.unit === null ? null : parseUnit(t.unit);
  if (!value || !unit || !t.comparator || unit.base !== indicator.unit.base) return null;
  return evaluateProgress(
    { value, unit, comparator: effectiveComparator(t.comparator, indicator), direction: indicator.direction },
    { value: actual.exact, unit: indicator.unit },
    { timeProgress: timeProgress({ kind: "year", year: opts.year }, actual.asOf), marginPoints: opts.margin },
  );
}

/** The platform's own count beside each reported target that has one, by target id. */
async function platformCountsOf(
  deps: ProgressDeps,
  opts: { targets: readonly RegionTarget[]; year: number; countedTo: string },
): Promise<Map<string, { value: number; asOf: string }>> {
  const counts = new Map<string, { value: number; asOf: string }>();
  for (const t of opts.targets.filter((x) => x.applicable)) {
    const path = deps.regions.get(t.region_code)?.path;
    const value = path
      ? await platformCount(deps.db, {
          indicator: t.indicator_code,
          regionPath: path,
          year: opts.year,
          throughMonth: opts.countedTo.slice(0, 7),
        })
      : null;
    if (value !== null) counts.set(t.id, { value, asOf: opts.countedTo });
  }
  return counts;
}

function presentProgressCell(
  t: TargetRow,
  actual: Actual | undefined,
  p: Progress | undefined,
  platform: { value: number; asOf: string } | undefined,
): ProgressCell {
  return {
    indicator: t.indicator_code,
    target: presentCell(t),
    actual: actual
      ? { value: actual.value, source: actual.source, period: actual.period, asOf: actual.asOf }
      : null,
    platform: platform ?? null,
    completion: p?.completion ? ratioToNumber(p.completion) : null,
    timeProgress: p?.expected ? ratioToNumber(p.expected) : null,
    gap: p ? ratioToNumber(p.gap) : null,
    met: p ? p.met : null,
    light: p ? p.light : null,
  };
}

/** Progress of the plan's targets on `on`, for the regions within the caller's jurisdiction. */
export async function planProgress(
  deps: ProgressDeps,
  opts: { actor: Actor; plan: PlanRow; on: string },
): Promise<ProgressView> {
  const { plan, on } = opts;
  const year = yearOf(plan, on);
  const yearEnd = periodBounds({ kind: "year", year }).to;
  const [catalogue, indicatorRows, tables, allTargets, reported] = await Promise.all([
    loadCatalogue(deps.db),
    findIndicators(deps.db),
    findTables(deps.db, plan.id),
    findTargets(deps.db, plan.id),
    findStandingReportedValues(deps.db, plan.id),
  ]);
  const targets = allTargets.filter((t): t is RegionTarget => t.region_code !== null);
  const isTotal = (t: RegionTarget) => t.region_code === plan.region_code;
  const countedTo = on > yearEnd ? yearEnd : on;
  const actuals = await actualsOf(deps, {
    targets,
    isTotal,
    catalogue,
    reported: latestReported(reported, year, on),
    year,
    countedTo,
  });
  const platform = await platformCountsOf(deps, { targets, year, countedTo });
  const evaluated = new Map<string, Progress>();
  for (const t of targets) {
    const indicator = catalogue.get(t.indicator_code);
    const actual = actuals.get(t.id);
    const p =
      indicator && actual
        ? evaluate(t, indicator, actual, { year, margin: Number(plan.margin_points) })
        : null;
    if (p) evaluated.set(t.id, p);
  }

  // Columns: the tables' indicators in order, then those of other region targets; rows likewise, 合计 last.
  const codes = [
    ...new Set([
      ...tables.flatMap((tb) => tb.columns.map((c) => c.indicator_code)),
      ...indicatorRows.map((i) => i.code).filter((code) => targets.some((t) => t.indicator_code === code)),
    ]),
  ];
  const regionCodes = [
    ...new Set([
      ...tables.flatMap((tb) => tb.rows.filter((r) => !r.total).map((r) => r.region_code)),
      ...targets
        .filter((t) => !isTotal(t))
        .map((t) => t.region_code)
        .sort(),
      ...targets.filter(isTotal).map((t) => t.region_code),
    ]),
  ];
  const labels = new Map(tables.flatMap((tb) => tb.rows.map((r) => [r.region_code, r.label] as const)));
  const byCell = new Map(targets.map((t) => [`${t.region_code}:${t.indicator_code}`, t]));
  const name = (code: string) => deps.regions.get(code)?.name ?? code;
  const visible = (code: string) => seesRegion(deps, opts.actor, code);

  const standings: Standing[] = targets
    .filter((t) => !isTotal(t) && t.applicable)
    .map((t) => ({
      region: t.region_code,
      indicator: t.indicator_code,
      gap: evaluated.get(t.id)?.gap ?? null,
    }));
  // Ranks are among all the plan's counties; the caller sees the entries within their jurisdiction.
  const present = (ranked: Ranked[]): z.infer<typeof rankedSchema>[] =>
    ranked
      .filter((r) => visible(r.region))
      .map((r) => ({
        region: { code: r.region, name: name(r.region) },
        rank: r.rank,
        score: r.score ? ratioToNumber(r.score) : null,
        missing: r.missing,
      }));

  return {
    plan: presentPlanSummary(plan, deps.regions),
    on,
    timeProgress: ratioToNumber(timeProgress({ kind: "year", year }, on)),
    indicators: codes.flatMap((code) => {
      const row = indicatorRows.find((i) => i.code === code);
      return row ? [presentIndicator(row, COMPUTED_CODES)] : [];
    }),
    rows: regionCodes.filter(visible).map((code) => ({
      region: { code, name: name(code) },
      label: labels.get(code) ?? name(code),
      total: code === plan.region_code,
      cells: codes.map((indicator) => {
        const t = byCell.get(`${code}:${indicator}`);
        return t ? presentProgressCell(t, actuals.get(t.id), evaluated.get(t.id), platform.get(t.id)) : null;
      }),
    })),
    rankings: {
      overall: present(rankOverall(standings, { weights: weightsOf(plan) })),
      indicators: codes
        .filter((code) => standings.some((s) => s.indicator === code))
        .map((indicator) => ({ indicator, items: present(rankIndicator(indicator, standings)) })),
    },
  };
}
