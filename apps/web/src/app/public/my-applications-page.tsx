import { useTranslation } from "react-i18next";
import { OwnApplications } from "../../features/applications/components/own-applications.tsx";
import { SeekerPage } from "./seeker-page.tsx";

/** 我的应聘: one's applications with their status and history; withdraw until decided. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  return (
    <SeekerPage title={t("me.applications")} lead={t("applications.mineLead")}>
      <OwnApplications />
    </SeekerPage>
  );
}
