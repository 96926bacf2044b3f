import { useTranslation } from "react-i18next";
import { JobSearch } from "../../features/job-search/components/job-search.tsx";
import { useJobFilters } from "../../features/job-search/hooks/use-job-filters.ts";
import { useRegion } from "../../features/regions/api/get-region.ts";
import { useRegionChildren } from "../../features/regions/api/get-regions.ts";

/** 昌吉回族自治州: the prefecture whose counties the region filter offers first. */
const HOME_PREFECTURE = "652300";

/** 找工作: the public search of published postings; its filters live in the address. */
export function JobsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useJobFilters();
  const counties = useRegionChildren(HOME_PREFECTURE);
  const listed = counties.data?.items ?? [];
  // A link may filter by a region outside the list (a township, another prefecture): name it too.
  const unlisted =
    filters.region !== undefined &&
    counties.isSuccess &&
    !listed.some((region) => region.code === filters.region)
      ? filters.region
      : null;
  const other = useRegion(unlisted);
  const regions = [
    ...listed.map(({ code, name }) => ({ code, name })),
    ...(other.data && other.data.region.code === unlisted
      ? [{ code: other.data.region.code, name: other.data.region.name }]
      : []),
  ];
  return (
    <>
      <title>{`${t("jobs.pageTitle")} - ${t("common.appName")}`}</title>
      <JobSearch filters={filters} onChange={setFilters} regions={regions} facetRegion={HOME_PREFECTURE} />
    </>
  );
}
