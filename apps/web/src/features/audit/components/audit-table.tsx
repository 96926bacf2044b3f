import type { AuditEntry } from "@jiuye/contract/audit";
import { Table, type TableColumnsType, Tag, Typography } from "antd";

import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { type AuditFilters, useAudit } from "../api/get-audit.ts";

const OUTCOME_COLOURS = { ok: "green", denied: "orange", failed: "red" } as const;

/** The audit log for the given filters, newest first, a page at a time. */
export function AuditTable({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const audit = useAudit(filters);
  if (audit.isError && !audit.data) {
    return <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  }

  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t("audit.at"),
      dataIndex: "at",
      width: 170,
      render: (at: string) => <time dateTime={at}>{dayjs(at).format("YYYY-MM-DD HH:mm:ss")}</time>,
    },
    {
      title: t("audit.actor"),
      key: "actor",
      render: (_, entry) =>
        entry.actorName ? (
          <>
            {entry.actorName} {entry.actorRole && <Tag>{t(`roles.${entry.actorRole}`)}</Tag>}
          </>
        ) : (
          <Typography.Text type="secondary">{t("common.none")}</Typography.Text>
        ),
    },
    {
      title: t("audit.action"),
      dataIndex: "action",
      render: (action: string) => <Typography.Text code>{action}</Typography.Text>,
    },
    {
      title: `${t("audit.recordType")} / ${t("audit.recordId")}`,
      key: "record",
      render: (_, entry) =>
        entry.recordType ? (
          <>
            {entry.recordType}
            {entry.recordId && (
              <Typography.Text type="secondary" copyable={{ text: entry.recordId }}>
                {" "}
                {entry.recordId}
              </Typography.Text>
            )}
          </>
        ) : (
          t("common.none")
        ),
    },
    {
      title: t("audit.outcome"),
      dataIndex: "outcome",
      width: 90,
      render: (outcome: AuditEntry["outcome"]) => (
        <Tag color={OUTCOME_COLOURS[outcome]}>{t(`audit.outcomes.${outcome}`)}</Tag>
      ),
    },
    {
      title: t("audit.clientAddress"),
      dataIndex: "clientAddress",
      render: (address: string | null) => address ?? t("common.none"),
    },
  ];

  return (
    <>
      {audit.isError && <ErrorAlert error={audit.error} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={audit.data?.pages.flatMap((page) => page.items) ?? []}
        loading={audit.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t("audit.empty") }}
      />
      {audit.data && (
        <LoadMore
          hasMore={audit.hasNextPage}
          loading={audit.isFetchingNextPage}
          onLoadMore={() => void audit.fetchNextPage()}
        />
      )}
    </>
  );
}
