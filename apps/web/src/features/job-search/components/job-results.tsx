import { Button, Empty, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import type { useSearchJobs } from "../api/search-postings.ts";
import { JobCard } from "./job-card.tsx";

interface JobResultsProps {
  search: ReturnType<typeof useSearchJobs>;
  /** Some words or filters are on (an empty result then means "nothing matches", not "nothing yet"). */
  filtered: boolean;
  onClearFilters: () => void;
  /** The address of this search, for the detail page's way back. */
  from: string;
}

/** The matching postings as cards, page after page, with the loading, empty and error states. */
export function JobResults({ search, filtered, onClearFilters, from }: JobResultsProps) {
  const { t } = useTranslation();
  if (search.isPending) {
    return (
      <div className="job-list" aria-busy="true">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} active className="job-card-skeleton" paragraph={{ rows: 2 }} />
        ))}
      </div>
    );
  }
  if (search.isError && !search.data) {
    return <ErrorAlert error={search.error} onRetry={() => void search.refetch()} />;
  }
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) {
    return (
      <Empty
        className="job-empty"
        description={
          <>
            <strong>{t(filtered ? "jobs.empty" : "jobs.emptyAll")}</strong>
            <br />
            {t(filtered ? "jobs.emptyHint" : "jobs.emptyAllHint")}
          </>
        }
      >
        {filtered && <Button onClick={onClearFilters}>{t("jobs.clearFilters")}</Button>}
      </Empty>
    );
  }
  return (
    <>
      {search.isError && <ErrorAlert error={search.error} />}
      <ul className="job-list" aria-busy={search.isFetching && !search.isFetchingNextPage}>
        {items.map((posting) => (
          <JobCard key={posting.id} posting={posting} from={from} />
        ))}
      </ul>
      <LoadMore
        hasMore={search.hasNextPage}
        loading={search.isFetchingNextPage}
        onLoadMore={() => void search.fetchNextPage()}
      />
    </>
  );
}
