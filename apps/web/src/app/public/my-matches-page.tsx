import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link.tsx";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageSpinner } from "../../components/page-spinner.tsx";
import { OwnMatches } from "../../features/matching/components/own-matches.tsx";
import { useOwnPerson } from "../../features/people/api/get-own-person.ts";
import { SeekerPage } from "./seeker-page.tsx";

/** The matches, once there is a registry record to match. */
function MatchesOrRegister() {
  const { t } = useTranslation();
  const own = useOwnPerson();
  if (own.isPending) return <PageSpinner />;
  if (own.isError) return <ErrorAlert error={own.error} onRetry={() => void own.refetch()} />;
  if (!own.data.person) {
    return (
      <Alert
        type="info"
        showIcon
        title={t("matching.needsProfile")}
        description={
          <ButtonLink to="/me/profile" type="primary" style={{ marginTop: 8 }}>
            {t("applications.registerProfile")}
          </ButtonLink>
        }
      />
    );
  }
  return <OwnMatches />;
}

/** 为我推荐: published postings that fit one's registry record, each with its score explained. */
export function MyMatchesPage() {
  const { t } = useTranslation();
  return (
    <SeekerPage title={t("me.matches")} lead={t("matching.ownLead")}>
      <MatchesOrRegister />
    </SeekerPage>
  );
}
