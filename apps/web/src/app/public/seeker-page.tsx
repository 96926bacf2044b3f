import { App, Result } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { ButtonLink } from "../../components/button-link.tsx";
import { PageSpinner } from "../../components/page-spinner.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { MeNav } from "./me-nav.tsx";

interface SeekerPageProps {
  title: string;
  lead?: string;
  children: ReactNode;
}

/**
 * One of a job seeker's own pages (我的服务): its title, the links between them, and the page; a
 * visitor is asked to log in (and comes back here), other accounts are told it is for job seekers.
 */
export function SeekerPage({ title, lead, children }: SeekerPageProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const user = session.data?.user;
  const head = <title>{`${title} - ${t("common.appName")}`}</title>;
  if (session.isPending) return <PageSpinner />;
  if (user?.role !== "seeker") {
    return (
      <>
        {head}
        <Result
          status="info"
          title={title}
          subTitle={user ? t("me.seekersOnly") : t("me.loginFirst")}
          extra={
            !user && (
              <ButtonLink to={`/login?next=${encodeURIComponent(location.pathname)}`} type="primary">
                {t("nav.login")}
              </ButtonLink>
            )
          }
        />
      </>
    );
  }
  return (
    <App component={false}>
      {head}
      <div className="registry-page">
        <MeNav />
        <h1>{title}</h1>
        {lead && <p>{lead}</p>}
        {children}
      </div>
    </App>
  );
}
