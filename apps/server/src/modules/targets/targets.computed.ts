/**
 * Values the platform counts from its own records. `COMPUTED` indicators take their actual value
 * from the platform; every other indicator is reported by the counties and departments, whatever
 * the catalogue expects, until the module holding its records arrives (recruitment events,
 * internship posts, training enrolments). For some reported indicators the platform sees a part of
 * what is reported (the hires confirmed on it, the wage alerts disposed on it): `PLATFORM_COUNTS`
 * shows that figure beside the report.
 */
import { periodBounds } from "@jiuye/targets/time";
import type { Deps } from "../../http/context.ts";
import { countPlacements } from "../applications/applications.repo.ts";
import { aggregateByRegionAndMonth } from "../job-search/job-search.repo.ts";
import { disposalPercentWithin } from "../wages/wages.alerts.repo.ts";

/** The count in a region's subtree for a year, through a month (`YYYY-MM`, inclusive); null when there is nothing to count. */
type Count = (
  db: Deps["db"],
  regionPath: string,
  year: number,
  throughMonth: string,
) => Promise<number | null>;

const COMPUTED: Readonly<Record<string, Count>> = {
  /** 就业岗位归集: postings collected (published) this year, by the month they were first seen. */
  posts_aggregated: async (db, regionPath, year, throughMonth) =>
    (await aggregateByRegionAndMonth(db, regionPath, year))
      .filter((r) => r.month <= throughMonth)
      .reduce((n, r) => n + Number(r.postings), 0),
};

/** The last day of a month `YYYY-MM`. */
const monthEnd = (month: string) =>
  periodBounds({ kind: "month", year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) }).to;

/** Hires confirmed on the platform this year, of people living in the region (by residence when hired). */
const placements =
  (of?: "registered_unemployed" | "hardship"): Count =>
  (db, regionPath, year, throughMonth) =>
    countPlacements(db, { regionPath, from: `${year}-01-01`, to: monthEnd(throughMonth), of });

const PLATFORM_COUNTS: Readonly<Record<string, Count>> = {
  /** 城镇新增就业: every confirmed hire. */
  urban_new_jobs: placements(),
  /** 失业人员再就业: hires of people registered unemployed when hired. */
  unemployed_reemployed: placements("registered_unemployed"),
  /** 就业困难人员实现就业: hires of 就业困难人员. */
  hardship_employed: placements("hardship"),
  /** 欠薪监控预警信息处置率: the share of wage alerts raised this year that were disposed (%). */
  wage_alert_disposal_rate: (db, regionPath, year, throughMonth) =>
    disposalPercentWithin(db, { regionPath, from: `${year}-01-01`, to: monthEnd(throughMonth) }),
};

export const COMPUTED_CODES: ReadonlySet<string> = new Set(Object.keys(COMPUTED));

interface CountOptions {
  indicator: string;
  regionPath: string;
  year: number;
  throughMonth: string;
}

/** The platform's count for an indicator, or null when the platform does not count it. */
export async function computedActual(db: Deps["db"], opts: CountOptions): Promise<number | null> {
  const count = COMPUTED[opts.indicator];
  return count ? count(db, opts.regionPath, opts.year, opts.throughMonth) : null;
}

/** What the platform saw of a reported indicator (hires, disposed alerts), or null when it sees nothing of it. */
export async function platformCount(db: Deps["db"], opts: CountOptions): Promise<number | null> {
  const count = PLATFORM_COUNTS[opts.indicator];
  return count ? count(db, opts.regionPath, opts.year, opts.throughMonth) : null;
}
