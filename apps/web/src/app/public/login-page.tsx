import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate } from "react-router";
import { useSession } from "../../features/auth/api/get-session.ts";
import { LoginForm } from "../../features/auth/components/login-form.tsx";
import { homeFor } from "./home-for.ts";

/** The public login page; console accounts land in the console. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSession().data?.user;
  if (user) return <Navigate to={homeFor(user)} replace />;
  return (
    <div className="auth-page">
      <h1>{t("auth.loginTitle")}</h1>
      <section className="panel">
        <LoginForm onLoggedIn={(signedIn) => void navigate(homeFor(signedIn), { replace: true })} />
        <p style={{ marginBottom: 0, textAlign: "center" }}>
          {t("auth.noAccount")} <Link to="/register">{t("nav.register")}</Link>
        </p>
      </section>
    </div>
  );
}
