import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { ImportProgressCard } from "../../../components/import-progress-card.tsx";
import { useImport } from "../api/get-import.ts";

const COUNTS = ["received", "created", "updated", "unchanged", "merged", "rejected"] as const;

/** Step 3 of a postings import: its progress, then how many postings were created, merged or turned away. */
export function ImportProgress({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const query = useImport(importId);
  if (query.isPending) return <Card loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <ImportProgressCard
      job={query.data.import}
      counts={COUNTS.map((key) => ({ key, label: t(`intake.summary.${key}`), bad: key === "rejected" }))}
    />
  );
}
