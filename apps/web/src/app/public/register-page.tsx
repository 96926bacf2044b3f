import { App } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router";
import { useSession } from "../../features/auth/api/get-session.ts";
import { RegisterForm } from "../../features/auth/components/register-form.tsx";
import { RegionSelect } from "../../features/regions/components/region-select.tsx";
import { homeFor } from "./login-page.tsx";

/** Voluntary registration for job seekers and employers. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSession().data?.user;
  if (user) return <Navigate to={homeFor(user)} replace />;
  return (
    <div className="auth-page">
      <h1>{t("auth.registerTitle")}</h1>
      <p>{t("auth.registerLead")}</p>
      <section className="panel">
        <RegisterForm
          regionSelect={<RegionSelect placeholder={t("auth.regionPlaceholder")} />}
          onRegistered={(registered) => {
            void message.success(t("auth.registered"));
            void navigate(homeFor(registered), { replace: true });
          }}
        />
        <p style={{ marginBottom: 0, textAlign: "center" }}>
          {t("auth.haveAccount")} <Link to="/login">{t("nav.login")}</Link>
        </p>
      </section>
    </div>
  );
}
