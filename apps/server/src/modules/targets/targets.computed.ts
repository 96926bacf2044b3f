/**
 * Actual values the platform counts from its own records. Every other indicator is reported by the
 * counties and departments, whatever the catalogue expects, until the module holding its records
 * arrives (recruitment events, internship posts, training enrolments).
 */
import type { Deps } from "../../http/context.ts";
import { aggregateByRegionAndMonth } from "../job-search/job-search.repo.ts";

/** The count in a region's subtree for a year, through a month (`YYYY-MM`, inclusive). */
type Count = (db: Deps["db"], regionPath: string, year: number, throughMonth: string) => Promise<number>;

const COMPUTED: Readonly<Record<string, Count>> = {
  /** 就业岗位归集: postings collected (published) this year, by the month they were first seen. */
  posts_aggregated: async (db, regionPath, year, throughMonth) =>
    (await aggregateByRegionAndMonth(db, regionPath, year))
      .filter((r) => r.month <= throughMonth)
      .reduce((n, r) => n + Number(r.postings), 0),
};

export const COMPUTED_CODES: ReadonlySet<string> = new Set(Object.keys(COMPUTED));

/** The platform's count for an indicator, or null when the platform does not count it. */
export async function computedActual(
  db: Deps["db"],
  opts: { indicator: string; regionPath: string; year: number; throughMonth: string },
): Promise<number | null> {
  const count = COMPUTED[opts.indicator];
  return count ? count(db, opts.regionPath, opts.year, opts.throughMonth) : null;
}
