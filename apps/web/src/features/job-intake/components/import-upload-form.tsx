import { getImportTemplate } from "@jiuye/contract/job-intake";
import { buildPath } from "@jiuye/contract/route";
import { Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { FileImportForm } from "../../../components/file-import-form.tsx";
import { useStartImport } from "../api/start-import.ts";

const SOURCE = /^[a-z0-9][a-z0-9_.-]{1,40}$/;

/** Steps 1 and 2 of a postings import: the template, then the file with its source, as a dry run or for real. */
export function ImportUploadForm({ onStarted }: { onStarted: (importId: string) => void }) {
  const { t } = useTranslation();
  const start = useStartImport();
  return (
    <FileImportForm<{ source?: string }>
      templatePath={buildPath(getImportTemplate.path)}
      templateText={t("intake.templateText")}
      busy={start.isPending}
      onStart={async ({ file, dryRun, values }) => {
        const answer = await start.mutateAsync({
          file,
          dryRun,
          source: values.source?.trim() || undefined,
        });
        onStarted(answer.import.id);
      }}
    >
      <Form.Item
        name="source"
        label={t("intake.source")}
        extra={t("intake.sourceHelp")}
        rules={[{ pattern: SOURCE, message: t("intake.sourceInvalid") }]}
      >
        <Input placeholder="import" maxLength={41} style={{ maxWidth: 240 }} />
      </Form.Item>
    </FileImportForm>
  );
}
