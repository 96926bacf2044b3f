import { CopyOutlined, DownloadOutlined } from "@ant-design/icons";
import type { importSummarySchema } from "@jiuye/contract/job-intake";
import { Alert, App, Button, Card, Col, Progress, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { useImport } from "../api/get-import.ts";

type ImportSummary = z.infer<typeof importSummarySchema>;
type RowError = ImportSummary["errors"][number];

const COUNTS = ["received", "created", "updated", "unchanged", "merged", "rejected"] as const;

function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Step 3 of an import: a progress bar while the rows are processed, then the counts and every bad row. */
export function ImportProgress({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const query = useImport(importId);
  if (query.isPending) return <Card loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const job = query.data.import;
  const finished = job.status === "done" || job.status === "failed";
  const percent =
    job.totalRows > 0 ? Math.round((job.processedRows / job.totalRows) * 100) : finished ? 100 : 0;
  const header = [t("intake.row"), t("intake.column"), t("intake.reason")];

  async function copy() {
    const text = [header, ...job.errors.map((e) => [e.row, e.column ?? "", e.message])]
      .map((cells) => cells.join("\t"))
      .join("\n");
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t("intake.copied"));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  }

  function exportCsv() {
    const lines = [header, ...job.errors.map((e) => [e.row, e.column, e.message])].map((cells) =>
      cells.map(csvCell).join(","),
    );
    // The byte order mark makes Excel read the Chinese as UTF-8.
    const blob = new Blob([`\ufeff${lines.join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `${job.fileName.replace(/\.[^.]+$/, "")}-errors.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  return (
    <Card
      title={
        <Space wrap>
          {t("intake.progressTitle")}
          <Typography.Text type="secondary">{job.fileName}</Typography.Text>
          {job.dryRun && <Tag color="blue">{t("intake.dryRun")}</Tag>}
        </Space>
      }
      size="small"
    >
      <Progress
        percent={percent}
        status={job.status === "failed" ? "exception" : finished ? "success" : "active"}
        aria-label={t("intake.progressTitle")}
      />
      <Typography.Paragraph type="secondary" aria-live="polite">
        {t(`intake.statuses.${job.status}`)}
        {job.totalRows > 0 &&
          ` · ${t("intake.rows", { processed: job.processedRows, total: job.totalRows })}`}
      </Typography.Paragraph>
      {job.status === "failed" && <Alert type="error" showIcon title={t("intake.failed")} />}
      {job.status === "done" && job.dryRun && <Alert type="info" showIcon title={t("intake.dryRunDone")} />}
      {job.summary && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          {COUNTS.map((key) => (
            <Col key={key} xs={12} sm={8} md={4}>
              <Statistic
                title={t(`intake.summary.${key}`)}
                value={job.summary?.[key] ?? 0}
                styles={
                  key === "rejected" && (job.summary?.rejected ?? 0) > 0
                    ? { content: { color: "#cf1322" } }
                    : undefined
                }
              />
            </Col>
          ))}
        </Row>
      )}
      {finished && (
        <section style={{ marginTop: 24 }}>
          <Space style={{ marginBottom: 8 }} wrap>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {job.errors.length > 0
                ? t("intake.errorsTitle", { count: job.errors.length })
                : t("intake.noErrors")}
            </Typography.Title>
            {job.errors.length > 0 && (
              <>
                <Button size="small" icon={<CopyOutlined />} onClick={() => void copy()}>
                  {t("intake.copy")}
                </Button>
                <Button size="small" icon={<DownloadOutlined />} onClick={exportCsv}>
                  {t("intake.exportCsv")}
                </Button>
              </>
            )}
          </Space>
          {job.errors.length > 0 && (
            <Table<RowError>
              size="small"
              rowKey={(e) => `${e.row}-${e.column ?? ""}-${e.message}`}
              dataSource={job.errors}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                { title: t("intake.row"), dataIndex: "row", width: 80 },
                {
                  title: t("intake.column"),
                  dataIndex: "column",
                  width: 160,
                  render: (c: string | null) => c ?? "—",
                },
                { title: t("intake.reason"), dataIndex: "message" },
              ]}
            />
          )}
        </section>
      )}
    </Card>
  );
}
