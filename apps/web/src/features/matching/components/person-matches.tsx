import { Empty, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { usePersonMatches } from "../api/get-person-matches.ts";
import { PostingMatchList } from "./posting-match-list.tsx";

/** 匹配岗位: the published postings that fit a person best, for the staff of their region (audited). */
export function PersonMatches({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const matches = usePersonMatches(personId);
  if (matches.isPending) return <PageSpinner />;
  if (matches.isError) return <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t("matching.personLead")}</Typography.Paragraph>
      {matches.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("matching.empty")} />
      ) : (
        <PostingMatchList items={matches.data} newTab />
      )}
    </>
  );
}
