import { Card, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useWageProjects } from "../../../features/wages/api/get-wage-projects.ts";
import { SheetUpload } from "../../../features/wages/components/sheet-upload.tsx";

/** 工资数据上传: pick a project, then upload its roster, attendance, payroll or allocations from the templates. */
export function WageUploadPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState<string | undefined>();
  const projects = useWageProjects({ q, limit: 20, offset: 0 });
  const projectId = params.get("project");
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card size="small">
        <Space wrap>
          <Typography.Text>{t("wages.project")}</Typography.Text>
          <Select
            showSearch
            style={{ width: 420 }}
            placeholder={t("wages.pickProject")}
            value={projectId ?? undefined}
            filterOption={false}
            onSearch={(text) => setQ(text || undefined)}
            onChange={(id: string) => setParams({ project: id })}
            loading={projects.isFetching}
            options={(projects.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name}（${p.code}）`,
            }))}
          />
        </Space>
      </Card>
      {projectId && <SheetUpload key={projectId} projectId={projectId} />}
    </Space>
  );
}
