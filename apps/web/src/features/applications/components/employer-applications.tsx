import { APPLICATION_STATUSES } from "@jiuye/contract/applications";
import { Alert, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { type ApplicationStatus, useEmployerApplications } from "../api/get-received-applications.ts";
import { ReceivedApplicationsTable } from "./received-applications-table.tsx";

const ALL = "all";

interface EmployerApplicationsProps {
  status: ApplicationStatus | undefined;
  onStatusChange: (status: ApplicationStatus | undefined) => void;
}

/** 应聘管理: an employer's applications across its postings, by status with the count of each. */
export function EmployerApplications({ status, onStatusChange }: EmployerApplicationsProps) {
  const { t } = useTranslation();
  const applications = useEmployerApplications(status);
  const counts = applications.data?.pages[0]?.counts;
  const total = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : null;
  const label = (text: string, count: number | null | undefined) =>
    count === null || count === undefined ? text : `${text}（${count}）`;
  return (
    <>
      <Alert type="info" showIcon title={t("applications.privacyNote")} style={{ marginBottom: 12 }} />
      <Tabs
        activeKey={status ?? ALL}
        onChange={(key) => onStatusChange(APPLICATION_STATUSES.find((known) => known === key))}
        items={[
          { key: ALL, label: label(t("applications.all"), total) },
          ...APPLICATION_STATUSES.map((key) => ({
            key,
            label: label(t(`applications.statuses.${key}`), counts ? (counts[key] ?? 0) : null),
          })),
        ]}
      />
      {applications.isError && (
        <ErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />
      )}
      <ReceivedApplicationsTable
        items={applications.data?.pages.flatMap((page) => page.items) ?? []}
        loading={applications.isPending}
        emptyText={status ? t("applications.emptyStatus") : t("applications.empty")}
        showPosting
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
