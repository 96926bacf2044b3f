import { getPeopleImportTemplate } from "@jiuye/contract/people-follow-up";
import { buildPath } from "@jiuye/contract/route";
import { Card, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { FileImportForm } from "../../../components/file-import-form.tsx";
import { ImportProgressCard } from "../../../components/import-progress-card.tsx";
import { usePeopleImport } from "../api/get-people-import.ts";
import { useStartPeopleImport } from "../api/start-people-import.ts";

interface ConsentBasis {
  consentCollectedBy: string;
  consentPurpose: string;
}

/** Steps 1 and 2 of a people import: the template, then the file with who collected the consent and for what. */
export function PeopleImportForm({ onStarted }: { onStarted: (importId: string) => void }) {
  const { t } = useTranslation();
  const start = useStartPeopleImport();
  return (
    <FileImportForm<ConsentBasis>
      templatePath={buildPath(getPeopleImportTemplate.path)}
      templateText={t("peopleConsole.importTemplateText")}
      initialValues={{ consentPurpose: t("peopleConsole.importPurposeDefault") }}
      busy={start.isPending}
      onStart={async ({ file, dryRun, values }) => {
        const answer = await start.mutateAsync({
          file,
          dryRun,
          consentCollectedBy: values.consentCollectedBy.trim(),
          consentPurpose: values.consentPurpose.trim(),
        });
        onStarted(answer.import.id);
      }}
    >
      <Form.Item
        name="consentCollectedBy"
        label={t("peopleConsole.consentCollectedBy")}
        extra={t("peopleConsole.consentCollectedByHelp")}
        rules={[
          { required: true, whitespace: true },
          { min: 2, max: 100 },
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="consentPurpose"
        label={t("peopleConsole.consentPurpose")}
        rules={[
          { required: true, whitespace: true },
          { min: 4, max: 200 },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FileImportForm>
  );
}

const COUNTS = ["received", "created", "updated", "unchanged", "rejected"] as const;

/** Step 3 of a people import: its progress, then how many were registered, updated or turned away, and why. */
export function PeopleImportProgress({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const query = usePeopleImport(importId);
  if (query.isPending) return <Card loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const job = query.data.import;
  return (
    <ImportProgressCard
      job={job}
      counts={COUNTS.map((key) => ({
        key,
        label: t(`peopleConsole.importSummary.${key}`),
        bad: key === "rejected",
      }))}
    >
      <Typography.Paragraph type="secondary">
        {t("peopleConsole.importConsent", { by: job.consentCollectedBy, purpose: job.consentPurpose })}
      </Typography.Paragraph>
    </ImportProgressCard>
  );
}
