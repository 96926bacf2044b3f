import type { SessionUser } from "@jiuye/contract/auth";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../../features/auth/api/get-session.ts";
import { LoginForm } from "../../features/auth/components/login-form.tsx";
import { homeFor } from "./home-for.ts";

/** A page of the public site to come back to (`?next=/jobs/…`); nothing else, so the link cannot lead away. */
function nextPage(value: string | null): string | null {
  return value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/console") ? value : null;
}

/** The public login page; job seekers come back to the page that sent them here, console accounts land in the console. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const user = useSession().data?.user;
  const next = nextPage(params.get("next"));
  const destination = (signedIn: SessionUser) =>
    signedIn.role === "seeker" && next ? next : homeFor(signedIn);
  if (user) return <Navigate to={destination(user)} replace />;
  return (
    <div className="auth-page">
      <h1>{t("auth.loginTitle")}</h1>
      <section className="panel">
        <LoginForm onLoggedIn={(signedIn) => void navigate(destination(signedIn), { replace: true })} />
        <p style={{ marginBottom: 0, textAlign: "center" }}>
          {t("auth.noAccount")} <Link to="/register">{t("nav.register")}</Link>
        </p>
      </section>
    </div>
  );
}
