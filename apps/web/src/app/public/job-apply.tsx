import { Alert, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link.tsx";
import { useOwnApplications } from "../../features/applications/api/get-own-applications.ts";
import { ApplyPanel } from "../../features/applications/components/apply-panel.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { useOwnPerson } from "../../features/people/api/get-own-person.ts";

interface JobApplyProps {
  postingId: string;
  /** Published and not past its closing date: it takes new applications. */
  open: boolean;
}

/**
 * 一键应聘 on a posting's page, as the visitor stands: a visitor is asked to log in (and comes back),
 * a seeker without a registry record is sent to register, a seeker who applied sees where it stands.
 */
export function JobApply({ postingId, open }: JobApplyProps) {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const isSeeker = user?.role === "seeker";
  const own = useOwnPerson(isSeeker);
  const applications = useOwnApplications(isSeeker);

  if (!user) {
    return (
      <>
        <p className="job-note">{t("applications.loginToApply")}</p>
        <ButtonLink
          to={`/login?next=${encodeURIComponent(`/jobs/${postingId}`)}`}
          type="primary"
          size="large"
          block
        >
          {t("nav.login")}
        </ButtonLink>
      </>
    );
  }
  if (!isSeeker) return <Typography.Text type="secondary">{t("applications.seekersOnly")}</Typography.Text>;
  if (own.isPending || applications.isPending) return <Spin />;
  // Without the list the server still answers an application made before: applying stays safe.
  const application =
    applications.data?.pages.flatMap((page) => page.items).find((item) => item.posting.id === postingId) ??
    null;
  if (!application && own.data?.person === null) {
    return (
      <Alert
        type="info"
        showIcon
        title={t("applications.needsProfile")}
        description={
          <ButtonLink to="/me/profile" type="primary" style={{ marginTop: 8 }}>
            {t("applications.registerProfile")}
          </ButtonLink>
        }
      />
    );
  }
  if (!open && (!application || application.status === "withdrawn")) {
    return <Alert type="warning" showIcon title={t("applications.closed")} />;
  }
  return <ApplyPanel postingId={postingId} application={application} />;
}
