import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Radio, Space, Typography, Upload } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../lib/form-errors.ts";

export interface FileImportRequest<V> {
  file: File;
  dryRun: boolean;
  /** The import's own fields (a source, who collected consent…), as the form holds them. */
  values: V;
}

interface FileImportFormProps<V> {
  /** Where the template downloads from (`?format=xlsx|csv` is added). */
  templatePath: string;
  /** What goes in a row, said for this kind of import. */
  templateText: string;
  /** The import's own fields, as `Form.Item`s; the file and the mode come first. */
  children?: ReactNode;
  initialValues?: Partial<V>;
  busy: boolean;
  /** Starts the import; a rejection is shown on the fields it names, or above the form. */
  onStart: (request: FileImportRequest<V>) => Promise<unknown>;
}

/** Steps 1 and 2 of any file import: the template, then the file, as a dry run or for real. */
export function FileImportForm<V extends object>(props: FileImportFormProps<V>) {
  const { templatePath, templateText, children, initialValues, busy, onStart } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const template = (format: "xlsx" | "csv") => `${templatePath}?format=${format}`;

  async function submit(values: V) {
    if (!file) return;
    setProblem(null);
    try {
      await onStart({ file, dryRun, values });
    } catch (error) {
      setProblem(showErrorsOnForm(form, error));
    }
  }

  return (
    <>
      <Card title={t("fileImport.templateTitle")} size="small">
        <Typography.Paragraph>{templateText}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={template("xlsx")} download>
            {t("fileImport.templateXlsx")}
          </Button>
          <Button icon={<DownloadOutlined />} href={template("csv")} download>
            {t("fileImport.templateCsv")}
          </Button>
        </Space>
      </Card>
      <Card title={t("fileImport.uploadTitle")} size="small" style={{ marginTop: 16 }}>
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(values) => void submit(values)}
          style={{ maxWidth: 640 }}
        >
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          <Form.Item label={t("fileImport.pickFile")} required>
            <Upload.Dragger
              accept=".xlsx,.csv"
              maxCount={1}
              fileList={file ? [{ uid: "file", name: file.name, status: "done", size: file.size }] : []}
              beforeUpload={(picked) => {
                const ok = /\.(xlsx|csv)$/i.test(picked.name);
                setProblem(ok ? null : t("fileImport.unsupported"));
                if (ok) setFile(picked);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t("fileImport.pickFile")}</p>
              <p className="ant-upload-hint">{t("fileImport.fileHint")}</p>
            </Upload.Dragger>
          </Form.Item>
          <Form.Item label={t("fileImport.mode")}>
            <Radio.Group
              value={dryRun ? "dryRun" : "run"}
              onChange={(event) => setDryRun(event.target.value === "dryRun")}
              options={[
                { value: "dryRun", label: t("fileImport.dryRun") },
                { value: "run", label: t("fileImport.run") },
              ]}
            />
          </Form.Item>
          {children}
          <Button type="primary" htmlType="submit" disabled={!file} loading={busy}>
            {t("fileImport.start")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
