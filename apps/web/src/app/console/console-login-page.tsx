import { Card, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { PageSpinner } from "../../components/page-spinner.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { LoginForm } from "../../features/auth/components/login-form.tsx";
import { homeFor } from "../public/home-for.ts";

/** Where the guard sent the visitor from, to return there after logging in. */
function returnPath(state: unknown): string {
  if (typeof state === "object" && state !== null && "from" in state && typeof state.from === "string") {
    return state.from.startsWith("/console") ? state.from : "/console";
  }
  return "/console";
}

/** The console's own login page. */
export function ConsoleLoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageSpinner />;
  const user = session.data?.user;
  if (user) return <Navigate to={user.role === "seeker" ? "/" : returnPath(location.state)} replace />;
  return (
    <main className="console-login">
      <div className="console-login-top">
        <LanguageSwitch />
      </div>
      <Card className="console-login-card">
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t("auth.consoleLoginTitle")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("common.appName")}</Typography.Paragraph>
        <LoginForm
          onLoggedIn={(signedIn) =>
            void navigate(signedIn.role === "seeker" ? homeFor(signedIn) : returnPath(location.state), {
              replace: true,
            })
          }
        />
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: "center" }}>
          <Link to="/">{t("common.backHome")}</Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
