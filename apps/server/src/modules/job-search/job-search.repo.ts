import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from "kysely";
import { inSubtree } from "../../db/fragments.ts";
import type { Database, EmploymentType } from "../../db/types.ts";
import { postingDetails } from "../jobs/jobs.repo.ts";
import { FILTER_TOKEN } from "../jobs/jobs.rules.ts";

export interface SearchFilter {
  /** A tsquery text made from segmented query words (empty: no text condition). */
  tsquery: string | null;
  region: string | null;
  occupation: string | null;
  industry: string | null;
  salaryMin: number | null;
  type: EmploymentType | null;
  near: { lat: number; lon: number; radiusKm: number } | null;
  publishedSince: Date | null;
  today: string;
}

export type SortKey = "relevance" | "newest" | "pay" | "distance";

/** Relevance ranks at most this many of the newest matches. */
export const RANK_WINDOW = 1000;

/** Great-circle distance in km from a point to a posting (haversine). */
function distanceKm(near: { lat: number; lon: number }): RawBuilder<number> {
  return sql<number>`(6371 * 2 * asin(sqrt(power(sin(radians(p.latitude - ${near.lat}) / 2), 2) + cos(radians(${near.lat})) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - ${near.lon}) / 2), 2))))`;
}

function rank(tsquery: string): RawBuilder<number> {
  return sql<number>`ts_rank(p.search_vector, to_tsquery('simple', ${tsquery}))`;
}

/** The filter tokens a search asks for, as tsquery text (null: none). */
function filterQuery(f: SearchFilter): string | null {
  const tokens = [
    f.region && FILTER_TOKEN.region(f.region),
    f.type && FILTER_TOKEN.type(f.type),
    f.occupation && FILTER_TOKEN.occupation(f.occupation),
    f.industry && FILTER_TOKEN.industry(f.industry),
  ].filter((t): t is string => Boolean(t));
  // Tokens are made of codes and `@:`, never quotes: quoted, they are lexemes as they are.
  return tokens.length > 0 ? tokens.map((t) => `'${t}'`).join(" & ") : null;
}

/** The conditions every search shares; published and not past its valid-until date. */
function conditions(f: SearchFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [
    sql<boolean>`p.status = 'published'`,
    sql<boolean>`(p.valid_until is null or p.valid_until >= ${f.today})`,
  ];
  // Words and filter codes in one tsquery: the search index answers both in one scan.
  const filters = filterQuery(f);
  if (f.tsquery && filters)
    out.push(sql<boolean>`p.search_vector @@ (to_tsquery('simple', ${f.tsquery}) && ${filters}::tsquery)`);
  else if (f.tsquery) out.push(sql<boolean>`p.search_vector @@ to_tsquery('simple', ${f.tsquery})`);
  else if (filters) out.push(sql<boolean>`p.search_vector @@ ${filters}::tsquery`);
  if (f.salaryMin !== null) out.push(sql<boolean>`p.monthly_pay >= ${f.salaryMin}`);
  if (f.publishedSince) out.push(sql<boolean>`p.published_at >= ${f.publishedSince}`);
  if (f.near) {
    // A bounding box on the indexed coordinates first, then the exact distance.
    const dLat = f.near.radiusKm / 111.2;
    const dLon = f.near.radiusKm / (111.2 * Math.max(Math.cos((f.near.lat * Math.PI) / 180), 0.01));
    out.push(sql<boolean>`p.latitude between ${f.near.lat - dLat} and ${f.near.lat + dLat}`);
    out.push(sql<boolean>`p.longitude between ${f.near.lon - dLon} and ${f.near.lon + dLon}`);
    out.push(sql<boolean>`${distanceKm(f.near)} <= ${f.near.radiusKm}`);
  }
  return out;
}

function matching(db: Kysely<Database>, f: SearchFilter) {
  return db.selectFrom("job_postings as p").where((eb) => eb.and(conditions(f)));
}

/** The sort expression and direction; ties broken by id. */
function sortExpression(sort: SortKey, f: SearchFilter): { expr: RawBuilder<unknown>; desc: boolean } {
  if (sort === "relevance" && f.tsquery) return { expr: rank(f.tsquery), desc: true };
  if (sort === "pay") return { expr: sql`p.monthly_pay`, desc: true };
  if (sort === "distance" && f.near) return { expr: distanceKm(f.near), desc: false };
  return { expr: sql`p.published_at`, desc: true };
}

/** The query of one page of matches after the cursor's (sort value, id). */
export function matchesQuery(
  db: Kysely<Database>,
  f: SearchFilter,
  sort: SortKey,
  after: { value: string | number; id: string } | null,
  limit: number,
) {
  const { expr, desc } = sortExpression(sort, f);
  let query = postingDetails(db)
    .where((eb) => eb.and(conditions(f)))
    .select([
      sql<string>`${expr}::text`.as("sort_value"),
      (f.near ? distanceKm(f.near) : sql<number | null>`null::double precision`).as("distance_km"),
    ]);
  if (sort === "relevance" && f.tsquery) {
    // Ranking every match of a broad word is what makes search slow; rank the newest matches only.
    query = query.where(
      "p.id",
      "in",
      matching(db, f).select("p.id").orderBy("p.published_at", "desc").limit(RANK_WINDOW),
    );
  }
  if (after) {
    const op = desc ? sql`<` : sql`>`;
    query = query.where(sql<boolean>`(${expr}, p.id) ${op} (${after.value}, ${after.id}::uuid)`);
  }
  return query
    .orderBy(sql`${expr}`, desc ? "desc" : "asc")
    .orderBy("p.id", desc ? "desc" : "asc")
    .limit(limit);
}

/**
 * What the first `cap` + 1 matches are, in one pass, for the total (capped) and the facet counts:
 * their region, occupation and employment type.
 */
export function matchWindowQuery(db: Kysely<Database>, f: SearchFilter, cap: number) {
  return matching(db, f)
    .select(["p.region_code", "p.occupation_code", "p.employment_type"])
    .limit(cap + 1);
}

/**
 * Postings first seen (归集) per month of a year, by the child regions of a region: the plans'
 * 就业岗位归集数量. Only postings that were published count; positions add up headcounts (a
 * posting without one counts as one).
 */
export async function aggregateByRegionAndMonth(db: Kysely<Database>, regionPath: string, year: number) {
  const depth = regionPath.split(".").length;
  return (
    db
      .selectFrom("job_postings as p")
      .innerJoin("regions as r", "r.code", "p.region_code")
      .select([
        sql<string>`coalesce(nullif(split_part(r.path, '.', ${depth + 1}), ''), split_part(r.path, '.', ${depth}))`.as(
          "region",
        ),
        sql<string>`to_char(p.first_seen at time zone 'Asia/Shanghai', 'YYYY-MM')`.as("month"),
        (eb) => eb.fn.countAll<string>().as("postings"),
        sql<string>`sum(coalesce(p.headcount, 1))`.as("positions"),
      ])
      .where(inSubtree("r.path", regionPath))
      // Collected means it reached the public: drafts held back by the law check do not count.
      .where("p.published_at", "is not", null)
      .where(sql<boolean>`p.first_seen >= make_timestamptz(${year}, 1, 1, 0, 0, 0, 'Asia/Shanghai')`)
      .where(sql<boolean>`p.first_seen < make_timestamptz(${year + 1}, 1, 1, 0, 0, 0, 'Asia/Shanghai')`)
      .groupBy(["region", "month"])
      .orderBy("region")
      .orderBy("month")
      .execute()
  );
}
