import { Empty, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/button-link.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { useOwnMatches } from "../api/get-own-matches.ts";
import { PostingMatchList } from "./posting-match-list.tsx";

/** 为我推荐: the published postings that fit one's registry record best, each explained. */
export function OwnMatches() {
  const { t } = useTranslation();
  const matches = useOwnMatches();
  if (matches.isPending) return <PageSpinner />;
  if (matches.isError) return <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />;
  if (matches.data.length === 0) {
    return (
      <Empty
        description={
          <>
            {t("matching.empty")}
            <br />
            <Typography.Text type="secondary">{t("matching.emptyHint")}</Typography.Text>
          </>
        }
      >
        <ButtonLink to="/me/profile">{t("matching.editProfile")}</ButtonLink>
      </Empty>
    );
  }
  return <PostingMatchList items={matches.data} />;
}
