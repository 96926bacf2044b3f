import { Result } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { useLocation, useParams } from "react-router";
import { ButtonLink } from "../../components/button-link.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageSpinner } from "../../components/page-spinner.tsx";
import { usePublicPosting } from "../../features/job-search/api/get-public-posting.ts";
import { JobDetail } from "../../features/job-search/components/job-detail.tsx";
import { useRegion } from "../../features/regions/api/get-region.ts";
import { ApiError } from "../../lib/api-client.ts";
import { JobApply } from "./job-apply.tsx";

/** The search a card was opened from (kept in the navigation state), so "back" returns to it. */
function searchFrom(state: unknown): string {
  if (typeof state !== "object" || state === null || !("from" in state)) return "";
  return typeof state.from === "string" && state.from.startsWith("?") ? state.from : "";
}

/** One posting's public page. */
export function JobPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const location = useLocation();
  const posting = usePublicPosting(id);
  const region = useRegion(posting.data?.posting.regionCode ?? null);
  const backTo = `/jobs${searchFrom(location.state)}`;

  if (posting.isPending) return <PageSpinner />;
  if (posting.isError) {
    if (posting.error instanceof ApiError && [400, 404].includes(posting.error.status)) {
      return (
        <Result
          status="404"
          title={t("jobs.notFound")}
          subTitle={t("jobs.notFoundHint")}
          extra={
            <ButtonLink to="/jobs" type="primary">
              {t("jobs.backToList")}
            </ButtonLink>
          }
        />
      );
    }
    return <ErrorAlert error={posting.error} onRetry={() => void posting.refetch()} />;
  }
  const ancestry = region.data ? [...region.data.ancestors, region.data.region] : [];
  const province = ancestry.find((entry) => entry.level === 1)?.name ?? null;
  const shown = posting.data.posting;
  const published = !("status" in shown) || shown.status === "published";
  const open = published && (shown.validUntil === null || shown.validUntil >= dayjs().format("YYYY-MM-DD"));
  return (
    <JobDetail
      posting={shown}
      place={{ province }}
      backTo={backTo}
      apply={<JobApply postingId={shown.id} open={open} />}
    />
  );
}
