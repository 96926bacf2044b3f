import { CopyOutlined, DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Progress, Row, Space, Statistic, Table, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

/** What every kind of file import reports about itself. */
export interface ImportJob {
  fileName: string;
  dryRun: boolean;
  status: "queued" | "running" | "done" | "failed";
  totalRows: number;
  processedRows: number;
  summary: Readonly<Record<string, number>> | null;
  errors: readonly ImportRowError[];
}

export interface ImportCount {
  key: string;
  label: string;
  /** Shown in red when above zero (rows turned away). */
  bad?: boolean;
}

function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface ImportProgressCardProps {
  job: ImportJob;
  /** The outcome counts this kind of import has, in order. */
  counts: readonly ImportCount[];
  /** Anything the import recorded besides its rows (who collected consent…), under the title. */
  children?: ReactNode;
}

/** Step 3 of any file import: a progress bar while the rows are processed, then the counts and every bad row. */
export function ImportProgressCard({ job, counts, children }: ImportProgressCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const finished = job.status === "done" || job.status === "failed";
  const percent =
    job.totalRows > 0 ? Math.round((job.processedRows / job.totalRows) * 100) : finished ? 100 : 0;
  const header = [t("fileImport.row"), t("fileImport.column"), t("fileImport.reason")];

  async function copy() {
    const text = [header, ...job.errors.map((e) => [e.row, e.column ?? "", e.message])]
      .map((cells) => cells.join("\t"))
      .join("\n");
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t("fileImport.copied"));
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
          {t("fileImport.progressTitle")}
          <Typography.Text type="secondary">{job.fileName}</Typography.Text>
          {job.dryRun && <Tag color="blue">{t("fileImport.dryRun")}</Tag>}
        </Space>
      }
      size="small"
    >
      {children}
      <Progress
        percent={percent}
        status={job.status === "failed" ? "exception" : finished ? "success" : "active"}
        aria-label={t("fileImport.progressTitle")}
      />
      <Typography.Paragraph type="secondary" aria-live="polite">
        {t(`fileImport.statuses.${job.status}`)}
        {job.totalRows > 0 &&
          ` · ${t("fileImport.rows", { processed: job.processedRows, total: job.totalRows })}`}
      </Typography.Paragraph>
      {job.status === "failed" && <Alert type="error" showIcon title={t("fileImport.failed")} />}
      {job.status === "done" && job.dryRun && (
        <Alert type="info" showIcon title={t("fileImport.dryRunDone")} />
      )}
      {job.summary && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          {counts.map(({ key, label, bad }) => {
            const value = job.summary?.[key] ?? 0;
            return (
              <Col key={key} xs={12} sm={8} md={4}>
                <Statistic
                  title={label}
                  value={value}
                  styles={bad && value > 0 ? { content: { color: "#cf1322" } } : undefined}
                />
              </Col>
            );
          })}
        </Row>
      )}
      {finished && (
        <section style={{ marginTop: 24 }}>
          <Space style={{ marginBottom: 8 }} wrap>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {job.errors.length > 0
                ? t("fileImport.errorsTitle", { count: job.errors.length })
                : t("fileImport.noErrors")}
            </Typography.Title>
            {job.errors.length > 0 && (
              <>
                <Button size="small" icon={<CopyOutlined />} onClick={() => void copy()}>
                  {t("fileImport.copy")}
                </Button>
                <Button size="small" icon={<DownloadOutlined />} onClick={exportCsv}>
                  {t("fileImport.exportCsv")}
                </Button>
              </>
            )}
          </Space>
          {job.errors.length > 0 && (
            <Table<ImportRowError>
              size="small"
              rowKey={(e) => `${e.row}-${e.column ?? ""}-${e.message}`}
              dataSource={[...job.errors]}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                { title: t("fileImport.row"), dataIndex: "row", width: 80 },
                {
                  title: t("fileImport.column"),
                  dataIndex: "column",
                  width: 160,
                  render: (c: string | null) => c ?? "—",
                },
                { title: t("fileImport.reason"), dataIndex: "message" },
              ]}
            />
          )}
        </section>
      )}
    </Card>
  );
}
