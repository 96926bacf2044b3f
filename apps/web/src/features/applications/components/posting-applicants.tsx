import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { usePostingApplications } from "../api/get-received-applications.ts";
import { ReceivedApplicationsTable } from "./received-applications-table.tsx";

/** 应聘者: the applications to one posting, newest first; opening them marks new ones viewed (audited). */
export function PostingApplicants({ postingId }: { postingId: string }) {
  const { t } = useTranslation();
  const applications = usePostingApplications(postingId);
  if (applications.isError && !applications.data)
    return <ErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />;
  return (
    <>
      <Alert type="info" showIcon title={t("applications.privacyNote")} style={{ marginBottom: 12 }} />
      {applications.isError && <ErrorAlert error={applications.error} />}
      <ReceivedApplicationsTable
        items={applications.data?.pages.flatMap((page) => page.items) ?? []}
        loading={applications.isPending}
        emptyText={t("applications.empty")}
      />
      {applications.hasNextPage && (
        <LoadMore
          hasMore
          loading={applications.isFetchingNextPage}
          onLoadMore={() => void applications.fetchNextPage()}
        />
      )}
    </>
  );
}
