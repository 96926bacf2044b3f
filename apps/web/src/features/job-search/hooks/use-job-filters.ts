import { regionCodeSchema } from "@jiuye/contract/common";
import { EMPLOYMENT_TYPES } from "@jiuye/contract/job-postings";
import type { searchPostings } from "@jiuye/contract/job-search";
import type { RouteQuery } from "@jiuye/contract/route";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

type SearchQuery = RouteQuery<typeof searchPostings>;
export type EmploymentType = NonNullable<SearchQuery["type"]>;
export type JobSort = SearchQuery["sort"];

export const JOB_SORTS: readonly JobSort[] = ["relevance", "newest", "pay", "distance"];

/** What a person searches for; every part is optional and lives in the page's address. */
export interface JobFilters {
  q?: string;
  region?: string;
  occupation?: string;
  type?: EmploymentType;
  /** Per month, at least. */
  salaryMin?: number;
  /** Days. */
  postedWithin?: number;
  /** "lat,lon", rounded to about a kilometre. */
  near?: string;
  radiusKm?: number;
  sort?: JobSort;
}

const NEAR = /^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/;

function numberIn(text: string | null, min: number, max: number): number | undefined {
  if (text === null || text.trim() === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

function oneOf<T extends string>(values: readonly T[], text: string | null): T | undefined {
  return values.find((value) => value === text);
}

/** Reads the filters from an address's query, dropping whatever is not valid. */
export function parseJobFilters(params: URLSearchParams): JobFilters {
  const q = params.get("q")?.trim().slice(0, 100);
  const region = params.get("region");
  const occupation = params.get("occupation")?.trim();
  const near = params.get("near");
  const nearOk = near !== null && NEAR.test(near) ? near : undefined;
  const sort = oneOf(JOB_SORTS, params.get("sort"));
  return {
    q: q || undefined,
    region: region !== null && regionCodeSchema.safeParse(region).success ? region : undefined,
    occupation: occupation && occupation.length <= 20 ? occupation : undefined,
    type: oneOf(EMPLOYMENT_TYPES, params.get("type")),
    salaryMin: numberIn(params.get("salaryMin"), 1, 10_000_000),
    postedWithin: numberIn(params.get("postedWithin"), 1, 365),
    near: nearOk,
    radiusKm: nearOk ? numberIn(params.get("radiusKm"), 0.1, 500) : undefined,
    sort: sort === "distance" && !nearOk ? undefined : sort,
  };
}

/** The filters as an address query: empty parts left out, so that links stay short. */
export function jobFiltersToParams(filters: JobFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params;
}

/** How many filters (other than the words and the order) are on. */
export function countFilters(filters: JobFilters): number {
  const { q: _q, sort: _sort, radiusKm: _radius, ...rest } = filters;
  return Object.values(rest).filter((value) => value !== undefined).length;
}

/** The filters of the page's address, and a way to change some of them (the address follows). */
export function useJobFilters(): [JobFilters, (patch: Partial<JobFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseJobFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<JobFilters>) => {
      setParams((current) => jobFiltersToParams({ ...parseJobFilters(current), ...patch }), {
        replace: true,
        preventScrollReset: true,
      });
    },
    [setParams],
  );
  return [filters, update];
}
