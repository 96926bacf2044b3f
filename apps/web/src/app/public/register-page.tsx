import type { SessionUser } from "@jiuye/contract/auth";
import { Result } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { ButtonLink } from "../../components/button-link.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { RegisterForm } from "../../features/auth/components/register-form.tsx";
import { RegionSelect } from "../../features/regions/components/region-select.tsx";
import { homeFor } from "./home-for.ts";

/** Voluntary registration for job seekers and employers. */
export function RegisterPage() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const [registered, setRegistered] = useState<SessionUser | null>(null);
  if (registered) {
    return (
      <Result
        status="success"
        title={t("auth.registered")}
        subTitle={registered.displayName}
        extra={
          <ButtonLink to={homeFor(registered)} type="primary">
            {registered.role === "seeker" ? t("common.backHome") : t("nav.console")}
          </ButtonLink>
        }
      />
    );
  }
  if (user) return <Navigate to={homeFor(user)} replace />;
  return (
    <div className="auth-page">
      <h1>{t("auth.registerTitle")}</h1>
      <p>{t("auth.registerLead")}</p>
      <section className="panel">
        <RegisterForm
          regionSelect={<RegionSelect placeholder={t("auth.regionPlaceholder")} />}
          onRegistered={(user) => {
            setRegistered(user);
            window.scrollTo(0, 0);
          }}
        />
        <p style={{ marginBottom: 0, textAlign: "center" }}>
          {t("auth.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
        </p>
      </section>
    </div>
  );
}
