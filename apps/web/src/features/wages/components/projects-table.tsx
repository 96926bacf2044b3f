import { Input, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { type ProjectFilters, useWageProjects, type WageProject } from "../api/get-wage-projects.ts";
import { LightBadge, wan } from "./wage-tags.tsx";

const PAGE = 50;

/** 项目台账: projects within reach with a health light each, worst first; a name opens the project. */
export function ProjectsTable({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ProjectFilters>({ limit: PAGE, offset: 0 });
  const projects = useWageProjects(filters);
  const set = (patch: Partial<ProjectFilters>) => setFilters((f) => ({ ...f, ...patch, offset: 0 }));
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t("wages.searchProjects")}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          placeholder={t("wages.light")}
          style={{ width: 140 }}
          onChange={(light) => set({ light })}
          options={(["red", "yellow", "green"] as const).map((l) => ({
            value: l,
            label: t(`wages.lights.${l}`),
          }))}
        />
      </Space>
      {projects.isError && <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />}
      <Table<WageProject>
        rowKey="id"
        size="middle"
        loading={projects.isFetching}
        dataSource={projects.data?.items ?? []}
        locale={{ emptyText: t("wages.noProjects") }}
        pagination={{
          current: Number(filters.offset ?? 0) / PAGE + 1,
          pageSize: PAGE,
          total: projects.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (page) => setFilters((f) => ({ ...f, offset: (page - 1) * PAGE })),
        }}
        columns={[
          {
            title: t("wages.light"),
            key: "light",
            width: 90,
            render: (_, p) => <LightBadge light={p.light} />,
          },
          {
            title: t("wages.project"),
            key: "name",
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <a
                  href={`?project=${p.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(p.id);
                  }}
                >
                  {p.name}
                </a>
                <Typography.Text type="secondary">{p.code}</Typography.Text>
              </Space>
            ),
          },
          { title: t("wages.region"), dataIndex: "regionName", width: 110 },
          { title: t("wages.department"), dataIndex: "departmentName", width: 170 },
          {
            title: t("wages.contractWan"),
            key: "amount",
            width: 120,
            align: "right",
            render: (_, p) => wan(p.contractAmount),
          },
          { title: t("wages.workers"), dataIndex: "workers", width: 80, align: "right" },
          {
            title: t("wages.openAlerts"),
            key: "alerts",
            width: 130,
            render: (_, p) => t("wages.alertCounts", { red: p.openAlerts.red, yellow: p.openAlerts.yellow }),
          },
        ]}
      />
    </>
  );
}
