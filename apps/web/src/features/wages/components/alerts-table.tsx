import { Select, Space, Switch, Table, Timeline, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { type AlertFilters, useWageAlert, useWageAlerts, type WageAlertItem } from "../api/wage-alerts.ts";
import { AlertActions } from "./alert-actions.tsx";
import { AlertStatusTag, LightBadge } from "./wage-tags.tsx";

const PAGE = 50;

function History({ id }: { id: string }) {
  const { t } = useTranslation();
  const alert = useWageAlert(id);
  if (!alert.data) return null;
  return (
    <Timeline
      items={alert.data.events.map((e) => ({
        children: (
          <>
            {new Date(e.at).toLocaleString("zh-CN")} · {t(`wages.statuses.${e.toStatus}`)}
            {e.actorName && ` · ${e.actorName}`}
            {e.note && <Typography.Paragraph type="secondary">{e.note}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}

/** The caller's alerts (or one project's): open ones first by deadline, each with what the caller may do and its history. */
export function AlertsTable({ projectId }: { projectId?: string }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AlertFilters>({ status: "open", limit: PAGE, offset: 0, projectId });
  const alerts = useWageAlerts(filters);
  const set = (patch: Partial<AlertFilters>) => setFilters((f) => ({ ...f, ...patch, offset: 0 }));
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<NonNullable<AlertFilters["status"]> | "all">
          style={{ width: 160 }}
          value={filters.status ?? "all"}
          onChange={(status) => set({ status: status === "all" ? undefined : status })}
          options={(["open", "raised", "acknowledged", "disposed", "closed", "all"] as const).map((s) => ({
            value: s,
            label: t(`wages.statusFilter.${s}`),
          }))}
        />
        <Space>
          <Switch size="small" onChange={(on) => set({ overdue: on ? "true" : undefined })} />
          {t("wages.overdueOnly")}
        </Space>
      </Space>
      {alerts.isError && <ErrorAlert error={alerts.error} onRetry={() => void alerts.refetch()} />}
      <Table<WageAlertItem>
        rowKey="id"
        size="middle"
        loading={alerts.isFetching}
        dataSource={alerts.data?.items ?? []}
        locale={{ emptyText: t("wages.noAlerts") }}
        expandable={{ expandedRowRender: (a) => <History id={a.id} /> }}
        pagination={{
          current: Number(filters.offset ?? 0) / PAGE + 1,
          pageSize: PAGE,
          total: alerts.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (page) => setFilters((f) => ({ ...f, offset: (page - 1) * PAGE })),
        }}
        columns={[
          {
            title: t("wages.severity"),
            key: "sev",
            width: 90,
            render: (_, a) => <LightBadge light={a.severity} />,
          },
          {
            title: t("wages.alert"),
            key: "alert",
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <span>
                  {a.code} {t(`wages.codes.${a.code}`)}
                </span>
                <Typography.Text type="secondary">{a.message}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {a.basis}
                </Typography.Text>
              </Space>
            ),
          },
          ...(projectId ? [] : [{ title: t("wages.project"), dataIndex: "projectName", width: 180 }]),
          { title: t("wages.department"), dataIndex: "departmentName", width: 150 },
          {
            title: t("wages.deadline"),
            key: "deadline",
            width: 130,
            render: (_, a) => (
              <Typography.Text type={a.overdue ? "danger" : undefined}>
                {a.deadline}
                {a.escalationLevel > 0 && ` · ${t("wages.escalated")}`}
              </Typography.Text>
            ),
          },
          {
            title: t("wages.status"),
            key: "status",
            width: 120,
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <AlertStatusTag status={a.status} />
                {!a.holds && <Typography.Text type="secondary">{t("wages.noLongerHolds")}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t("wages.actionsTitle"),
            key: "actions",
            width: 180,
            render: (_, a) => <AlertActions alert={a} />,
          },
        ]}
      />
    </>
  );
}
