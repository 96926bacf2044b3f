import { WAGE_UPLOAD_KINDS } from "@jiuye/contract/wage-projects";
import { Flex, Radio } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FileImportForm } from "../../../components/file-import-form.tsx";
import { type ImportJob, ImportProgressCard } from "../../../components/import-progress-card.tsx";
import { useUploadWageSheet, type WageUploadKind } from "../api/upload-wage-sheet.ts";

/** Uploads a project's roster, attendance, payroll or allocation sheet from the templates, with every bad row. */
export function SheetUpload({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<WageUploadKind>("roster");
  const [job, setJob] = useState<ImportJob | null>(null);
  const upload = useUploadWageSheet();
  return (
    <Flex vertical gap={16}>
      <Radio.Group
        value={kind}
        optionType="button"
        onChange={(event) => {
          setKind(event.target.value);
          setJob(null);
        }}
        options={WAGE_UPLOAD_KINDS.map((k) => ({ value: k, label: t(`wages.sheets.${k}`) }))}
      />
      <FileImportForm
        key={kind}
        templatePath={`/api/v1/wage-templates/${kind}`}
        templateText={t(`wages.sheetHelp.${kind}`)}
        busy={upload.isPending}
        onStart={async ({ file, dryRun }) => {
          const result = await upload.mutateAsync({ projectId, kind, file, dryRun });
          setJob({
            fileName: file.name,
            dryRun,
            status: "done",
            totalRows: result.rows,
            processedRows: result.rows,
            summary: { ...result.counts, rejected: result.errors.filter((e) => e.row > 1).length },
            errors: result.errors,
          });
        }}
      />
      {job && (
        <ImportProgressCard
          job={job}
          counts={[
            { key: "created", label: t("wages.counts.created") },
            { key: "updated", label: t("wages.counts.updated") },
            { key: "unchanged", label: t("wages.counts.unchanged") },
            { key: "rejected", label: t("wages.counts.rejected"), bad: true },
          ]}
        />
      )}
    </Flex>
  );
}
