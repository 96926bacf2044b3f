import { AimOutlined, FilterOutlined } from "@ant-design/icons";
import { Alert, Button, Drawer, Grid, Input, Select, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useSearchJobs } from "../api/search-postings.ts";
import { useGeolocation } from "../hooks/use-geolocation.ts";
import { countFilters, JOB_SORTS, type JobFilters, type JobSort } from "../hooks/use-job-filters.ts";
import { JobFilterPanel, type RegionChoice } from "./job-filter-panel.tsx";
import { JobResults } from "./job-results.tsx";
import "./jobs.css";

interface JobSearchProps {
  filters: JobFilters;
  onChange: (patch: Partial<JobFilters>) => void;
  regions: readonly RegionChoice[];
  /** The region whose children the region filter offers and counts. */
  facetRegion: string;
}

/** 找工作: words, filters (a drawer on phones, a column on wide screens), order, and the results. */
export function JobSearch({ filters, onChange, regions, facetRegion }: JobSearchProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const wide = Grid.useBreakpoint().lg === true;
  const [panelOpen, setPanelOpen] = useState(false);
  const geo = useGeolocation();
  const search = useSearchJobs(filters);
  const first = search.data?.pages[0];
  const filterCount = countFilters(filters);

  async function locate() {
    const near = await geo.locate();
    if (near) onChange({ near, sort: "distance" });
  }

  function clearFilters() {
    onChange({
      q: undefined,
      region: undefined,
      occupation: undefined,
      type: undefined,
      salaryMin: undefined,
      postedWithin: undefined,
      near: undefined,
      radiusKm: undefined,
      sort: undefined,
    });
  }

  const total =
    first && first.total > 0
      ? t(first.totalIsLowerBound ? "jobs.totalAtLeast" : "jobs.total", { count: first.total })
      : null;
  const panel = (
    <JobFilterPanel
      filters={filters}
      onChange={onChange}
      regions={regions}
      facetRegion={facetRegion}
      facets={first?.facets}
      location={geo.status}
      onLocate={() => void locate()}
    />
  );
  const regionName = regions.find((region) => region.code === filters.region)?.name ?? filters.region;
  const occupationName =
    first?.facets.occupation.find((entry) => entry.value === filters.occupation)?.label ?? filters.occupation;
  const activeTags: { key: keyof JobFilters; label: string; clear: Partial<JobFilters> }[] = [
    ...(filters.region
      ? [{ key: "region" as const, label: regionName ?? "", clear: { region: undefined } }]
      : []),
    ...(filters.type
      ? [{ key: "type" as const, label: t(`jobs.types.${filters.type}`), clear: { type: undefined } }]
      : []),
    ...(filters.salaryMin
      ? [
          {
            key: "salaryMin" as const,
            label: `≥ ${t("jobs.payOption", { amount: filters.salaryMin })}`,
            clear: { salaryMin: undefined },
          },
        ]
      : []),
    ...(filters.postedWithin
      ? [
          {
            key: "postedWithin" as const,
            label: t("jobs.withinDays", { count: filters.postedWithin }),
            clear: { postedWithin: undefined },
          },
        ]
      : []),
    ...(filters.occupation
      ? [{ key: "occupation" as const, label: occupationName ?? "", clear: { occupation: undefined } }]
      : []),
  ];

  return (
    <div className="jobs">
      <div className="jobs-top">
        <h1 className="jobs-title">{t("jobs.pageTitle")}</h1>
        <Input.Search
          key={filters.q ?? ""}
          type="search"
          enterKeyHint="search"
          size="large"
          allowClear
          maxLength={100}
          defaultValue={filters.q}
          placeholder={t("jobs.searchPlaceholder")}
          aria-label={t("jobs.searchLabel")}
          onSearch={(q) => onChange({ q: q.trim() || undefined })}
        />
      </div>
      <div className="jobs-body">
        {wide && <aside className="jobs-aside">{panel}</aside>}
        <section className="jobs-results" aria-label={t("jobs.pageTitle")}>
          <div className="jobs-toolbar">
            {!wide && (
              <Button
                icon={<FilterOutlined />}
                type={filterCount > 0 ? "primary" : "default"}
                ghost={filterCount > 0}
                onClick={() => setPanelOpen(true)}
              >
                {filterCount > 0 ? t("jobs.filtersApplied", { count: filterCount }) : t("jobs.filters")}
              </Button>
            )}
            {!wide && (
              <Button
                icon={<AimOutlined />}
                aria-pressed={filters.near !== undefined}
                type={filters.near ? "primary" : "default"}
                ghost={filters.near !== undefined}
                loading={geo.status === "locating"}
                onClick={() =>
                  filters.near
                    ? onChange({
                        near: undefined,
                        radiusKm: undefined,
                        sort: filters.sort === "distance" ? undefined : filters.sort,
                      })
                    : void locate()
                }
              >
                {t("jobs.nearby")}
              </Button>
            )}
            <Select<JobSort>
              className="jobs-sort"
              aria-label={t("jobs.sort")}
              value={filters.sort ?? "relevance"}
              onChange={(sort) => onChange({ sort: sort === "relevance" ? undefined : sort })}
              options={JOB_SORTS.map((sort) => ({
                value: sort,
                label: t(`jobs.sorts.${sort}`),
                disabled: sort === "distance" && !filters.near,
              }))}
              popupMatchSelectWidth={false}
            />
          </div>
          {!wide && (geo.status === "denied" || geo.status === "unavailable") && (
            <Alert
              type="warning"
              showIcon
              closable
              title={t(geo.status === "denied" ? "jobs.locationDenied" : "jobs.locationUnavailable")}
            />
          )}
          <div className="jobs-summary" aria-live="polite">
            {total && <span className="jobs-total">{total}</span>}
            {activeTags.map((tag) => (
              <Tag key={tag.key} closable onClose={() => onChange(tag.clear)}>
                {tag.label}
              </Tag>
            ))}
          </div>
          <JobResults
            search={search}
            filtered={filterCount > 0 || filters.q !== undefined}
            onClearFilters={clearFilters}
            from={location.search}
          />
        </section>
      </div>
      {!wide && (
        <Drawer
          title={t("jobs.filters")}
          placement="bottom"
          size="85vh"
          open={panelOpen}
          onClose={() => setPanelOpen(false)}
          destroyOnHidden
          footer={
            <div className="jobs-drawer-foot">
              <Button onClick={clearFilters}>{t("jobs.clearFilters")}</Button>
              <Button type="primary" onClick={() => setPanelOpen(false)}>
                {t("jobs.showResults")}
                {first && ` (${first.total}${first.totalIsLowerBound ? "+" : ""})`}
              </Button>
            </div>
          }
        >
          {panel}
        </Drawer>
      )}
    </div>
  );
}
