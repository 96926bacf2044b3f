import { AimOutlined } from "@ant-design/icons";
import { EMPLOYMENT_TYPES } from "@jiuye/contract/job-postings";
import { Alert, Button, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { type JobFacet, type JobSearchPage, useFacetsOf } from "../api/search-postings.ts";
import type { LocationStatus } from "../hooks/use-geolocation.ts";
import type { JobFilters } from "../hooks/use-job-filters.ts";
import { type Chip, ChipGroup } from "./chip-group.tsx";

const PAY_STEPS = [3000, 4000, 5000, 6000, 8000, 10000] as const;
const POSTED_WITHIN = [3, 7, 30] as const;
const RADII = [5, 10, 20, 50] as const;
const DEFAULT_RADIUS = 20;

export interface RegionChoice {
  code: string;
  name: string;
}

interface JobFilterPanelProps {
  filters: JobFilters;
  onChange: (patch: Partial<JobFilters>) => void;
  /** The regions offered (the counties of the home prefecture), counted by `facetRegion`'s facet. */
  regions: readonly RegionChoice[];
  facetRegion: string;
  /** The facets of the current search. */
  facets: JobSearchPage["facets"] | undefined;
  location: LocationStatus;
  onLocate: () => void;
}

function countsOf(facet: JobFacet | undefined): Map<string, number> {
  return new Map((facet ?? []).map((entry) => [entry.value, entry.count]));
}

/** The search's filters as rows of chips, each choice with how many postings it would give. */
export function JobFilterPanel(props: JobFilterPanelProps) {
  const { filters, onChange, regions, facetRegion, facets, location, onLocate } = props;
  const { t } = useTranslation();
  // A search's own facets only count within its choice: ask for the counts without it.
  const regionFacets = useFacetsOf({ ...filters, region: facetRegion }, filters.region !== facetRegion);
  const typeFacets = useFacetsOf({ ...filters, type: undefined }, filters.type !== undefined);
  const occupationFacets = useFacetsOf(
    { ...filters, occupation: undefined },
    filters.occupation !== undefined,
  );

  const regionCounts = countsOf(filters.region === facetRegion ? facets?.region : regionFacets.data?.region);
  const typeCounts = countsOf(filters.type ? typeFacets.data?.type : facets?.type);
  const occupations = (filters.occupation ? occupationFacets.data?.occupation : facets?.occupation) ?? [];

  const any = t("jobs.any");
  const regionChips: Chip<string | undefined>[] = [
    { value: undefined, label: t("jobs.allRegions") },
    ...regions.map((region) => ({
      value: region.code,
      label: region.name,
      count: regionCounts.get(region.code) ?? 0,
    })),
  ];
  const typeChips: Chip<string | undefined>[] = [
    { value: undefined, label: any },
    ...EMPLOYMENT_TYPES.map((type) => ({
      value: type,
      label: t(`jobs.types.${type}`),
      count: typeCounts.get(type) ?? 0,
    })),
  ];
  const payChips: Chip<number | undefined>[] = [
    { value: undefined, label: any },
    ...PAY_STEPS.map((amount) => ({ value: amount, label: t("jobs.payOption", { amount }) })),
  ];
  const postedChips: Chip<number | undefined>[] = [
    { value: undefined, label: any },
    ...POSTED_WITHIN.map((days) => ({ value: days, label: t("jobs.withinDays", { count: days }) })),
  ];
  const occupationChips: Chip<string | undefined>[] = [
    { value: undefined, label: any },
    ...occupations.map((entry) => ({ value: entry.value, label: entry.label, count: entry.count })),
  ];

  return (
    <div className="job-filter-panel">
      <fieldset className="chip-group">
        <legend>{t("jobs.nearby")}</legend>
        {filters.near ? (
          <div className="chips">
            {RADII.map((radius) => (
              <button
                key={radius}
                type="button"
                className="chip"
                aria-pressed={(filters.radiusKm ?? DEFAULT_RADIUS) === radius}
                onClick={() => onChange({ radiusKm: radius })}
              >
                {t("jobs.radiusKm", { count: radius })}
              </button>
            ))}
            <button
              type="button"
              className="chip"
              aria-pressed={false}
              onClick={() =>
                onChange({
                  near: undefined,
                  radiusKm: undefined,
                  sort: filters.sort === "distance" ? undefined : filters.sort,
                })
              }
            >
              {t("jobs.clearLocation")}
            </button>
          </div>
        ) : (
          <>
            <Button icon={<AimOutlined />} loading={location === "locating"} onClick={onLocate}>
              {location === "locating" ? t("jobs.locating") : t("jobs.useMyLocation")}
            </Button>
            <Typography.Paragraph type="secondary" className="chip-note">
              {t("jobs.locationNote")}
            </Typography.Paragraph>
          </>
        )}
        {(location === "denied" || location === "unavailable") && (
          <Alert
            type="warning"
            showIcon
            title={t(location === "denied" ? "jobs.locationDenied" : "jobs.locationUnavailable")}
          />
        )}
      </fieldset>
      <ChipGroup
        label={t("jobs.region")}
        chips={regionChips}
        value={filters.region}
        onChange={(region) => onChange({ region })}
      />
      <ChipGroup
        label={t("jobs.type")}
        chips={typeChips}
        value={filters.type}
        onChange={(type) => onChange({ type: EMPLOYMENT_TYPES.find((known) => known === type) })}
      />
      <ChipGroup
        label={t("jobs.payAtLeast")}
        chips={payChips}
        value={filters.salaryMin}
        onChange={(salaryMin) => onChange({ salaryMin })}
      />
      <ChipGroup
        label={t("jobs.postedWithin")}
        chips={postedChips}
        value={filters.postedWithin}
        onChange={(postedWithin) => onChange({ postedWithin })}
      />
      {occupationChips.length > 1 && (
        <ChipGroup
          label={t("jobs.occupation")}
          chips={occupationChips}
          value={filters.occupation}
          onChange={(occupation) => onChange({ occupation })}
        />
      )}
    </div>
  );
}
