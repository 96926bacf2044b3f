import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { getImportTemplate } from "@jiuye/contract/job-intake";
import { buildPath } from "@jiuye/contract/route";
import { Alert, Button, Card, Form, Input, Radio, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ImportRequest, useStartImport } from "../api/start-import.ts";

const SOURCE = /^[a-z0-9][a-z0-9_.-]{1,40}$/;

interface ImportValues {
  mode: "dryRun" | "run";
  source?: string;
}

/** Step 1 and 2 of an import: the template, then the file, as a dry run or for real. */
export function ImportUploadForm({ onStarted }: { onStarted: (importId: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ImportValues>();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const start = useStartImport();
  const template = (format: "xlsx" | "csv") => `${buildPath(getImportTemplate.path)}?format=${format}`;

  function submit(values: ImportValues) {
    if (!file) return;
    setProblem(null);
    const request: ImportRequest = {
      file,
      dryRun: values.mode === "dryRun",
      source: values.source?.trim() || undefined,
    };
    start.mutate(request, {
      onSuccess: (answer) => onStarted(answer.import.id),
      onError: (error) => setProblem(error.message),
    });
  }

  return (
    <>
      <Card title={t("intake.templateTitle")} size="small">
        <Typography.Paragraph>{t("intake.templateText")}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={template("xlsx")} download>
            {t("intake.templateXlsx")}
          </Button>
          <Button icon={<DownloadOutlined />} href={template("csv")} download>
            {t("intake.templateCsv")}
          </Button>
        </Space>
      </Card>
      <Card title={t("intake.uploadTitle")} size="small" style={{ marginTop: 16 }}>
        <Form<ImportValues>
          form={form}
          layout="vertical"
          initialValues={{ mode: "dryRun" }}
          onFinish={submit}
          style={{ maxWidth: 640 }}
        >
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          <Form.Item label={t("intake.pickFile")} required>
            <Upload.Dragger
              accept=".xlsx,.csv"
              maxCount={1}
              fileList={file ? [{ uid: "file", name: file.name, status: "done", size: file.size }] : []}
              beforeUpload={(picked) => {
                const ok = /\.(xlsx|csv)$/i.test(picked.name);
                setProblem(ok ? null : t("intake.unsupported"));
                if (ok) setFile(picked);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t("intake.pickFile")}</p>
              <p className="ant-upload-hint">{t("intake.fileHint")}</p>
            </Upload.Dragger>
          </Form.Item>
          <Form.Item name="mode" label={t("intake.mode")}>
            <Radio.Group
              options={[
                { value: "dryRun", label: t("intake.dryRun") },
                { value: "run", label: t("intake.run") },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="source"
            label={t("intake.source")}
            extra={t("intake.sourceHelp")}
            rules={[{ pattern: SOURCE, message: t("intake.sourceInvalid") }]}
          >
            <Input placeholder="import" maxLength={41} style={{ maxWidth: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!file} loading={start.isPending}>
            {t("intake.start")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
