import { CloudUploadOutlined, SyncOutlined } from "@ant-design/icons";
import { App, Button, Descriptions, Space, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/button-link.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { useWageProject, type WageProjectDetail } from "../api/get-wage-projects.ts";
import { useEvaluateProject } from "../api/wage-alerts.ts";
import { AlertsTable } from "./alerts-table.tsx";
import { LightBadge, wan } from "./wage-tags.tsx";

type Month = WageProjectDetail["months"][number];

/** A project: its registration, parties, account and deposit, month by month pay, and its alerts. */
export function ProjectDetail({ projectId, canFeed }: { projectId: string; canFeed: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const project = useWageProject(projectId);
  const evaluate = useEvaluateProject();
  if (project.isError) return <ErrorAlert error={project.error} onRetry={() => void project.refetch()} />;
  if (!project.data) return <PageSpinner />;
  const p = project.data;
  const { input } = p;
  const dash = (v: string | null | undefined) => v ?? "—";
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      {canFeed && (
        <Space wrap>
          <Button
            icon={<SyncOutlined />}
            loading={evaluate.isPending}
            onClick={() =>
              evaluate.mutateAsync(projectId).then(
                (r) => void message.success(t("wages.evaluated", { count: r.alerts.length })),
                (e: unknown) => void message.error(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {t("wages.evaluateNow")}
          </Button>
          <ButtonLink to={`/console/wages/upload?project=${projectId}`} icon={<CloudUploadOutlined />}>
            {t("wages.uploadSheets")}
          </ButtonLink>
        </Space>
      )}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t("wages.light")}>
          <LightBadge light={p.light} />
        </Descriptions.Item>
        <Descriptions.Item label={t("wages.code")}>{p.code}</Descriptions.Item>
        <Descriptions.Item label={t("wages.region")}>{p.regionName}</Descriptions.Item>
        <Descriptions.Item label={t("wages.department")}>{p.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t("wages.contractWan")}>{wan(p.contractAmount)}</Descriptions.Item>
        <Descriptions.Item label={t("wages.dates")}>
          {t("wages.datesValue", {
            signed: input.contractSignedOn,
            permit: dash(input.permitIssuedOn),
            started: dash(input.startedOn),
            completed: dash(input.completedOn),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t("wages.registeredOn")}>{dash(input.registeredOn)}</Descriptions.Item>
        <Descriptions.Item label={t("wages.siteBoard")}>{dash(input.siteBoardPublishedOn)}</Descriptions.Item>
        <Descriptions.Item label={t("wages.laborOfficer")}>
          {input.laborOfficerAssigned ? t("wages.yes") : t("wages.no")}
        </Descriptions.Item>
        <Descriptions.Item label={t("wages.specialAccount")}>
          {input.specialAccount
            ? `${input.specialAccount.bank ?? ""} ${input.specialAccount.openedOn}`
            : t("wages.none")}
        </Descriptions.Item>
        <Descriptions.Item label={t("wages.deposit")} span={2}>
          {input.deposit?.exempt
            ? t("wages.exempt")
            : input.deposit?.form
              ? t("wages.depositValue", {
                  form: t(`wages.depositForms.${input.deposit.form}`),
                  amount: wan(input.deposit.amount ?? 0),
                  on: dash(input.deposit.depositedOn),
                  expires: dash(input.deposit.expiresOn),
                })
              : t("wages.none")}
        </Descriptions.Item>
        <Descriptions.Item label={t("wages.parties")} span={2}>
          {p.parties.map((party) => `${t(`wages.partyRoles.${party.role}`)}：${party.name}`).join("；") ||
            "—"}
        </Descriptions.Item>
      </Descriptions>
      <section>
        <Typography.Title level={5}>{t("wages.months")}</Typography.Title>
        <Table<Month>
          rowKey="month"
          size="small"
          pagination={false}
          dataSource={p.months}
          locale={{ emptyText: t("wages.noMonths") }}
          columns={[
            { title: t("wages.month"), dataIndex: "month" },
            { title: t("wages.workersWorked"), dataIndex: "workersWorked", align: "right" },
            { title: t("wages.payable"), dataIndex: "payable", align: "right" },
            { title: t("wages.paid"), dataIndex: "paid", align: "right" },
            {
              title: t("wages.workersUnpaid"),
              dataIndex: "workersUnpaid",
              align: "right",
              render: (n: number) => (
                <Typography.Text type={n > 0 ? "danger" : undefined}>{n}</Typography.Text>
              ),
            },
            { title: t("wages.allocated"), dataIndex: "allocated", align: "right" },
          ]}
        />
      </section>
      <section>
        <Typography.Title level={5}>{t("wages.alerts")}</Typography.Title>
        <AlertsTable projectId={projectId} />
      </section>
    </Space>
  );
}
