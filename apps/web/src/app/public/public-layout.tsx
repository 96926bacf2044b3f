import { IdcardOutlined, LogoutOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, ScrollRestoration } from "react-router";
import { ButtonLink } from "../../components/button-link.tsx";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { useLogout } from "../../features/auth/api/logout.ts";
import { InboxBell } from "../../features/inbox/components/inbox-bell.tsx";
import "./public.css";
import { SECTIONS } from "./sections.tsx";

function AccountEntry() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const user = session.data?.user;
  if (!user) {
    return (
      <ButtonLink to="/login" type="primary" size="small">
        {t("nav.login")}
      </ButtonLink>
    );
  }
  return (
    <>
      {user.role === "seeker" ? (
        <>
          <InboxBell />
          <Link to="/me/profile" className="account-name" title={t("nav.myProfile")}>
            <IdcardOutlined aria-hidden /> <span className="account-name-text">{user.displayName}</span>
            <span className="visually-hidden">（{t("nav.myProfile")}）</span>
          </Link>
        </>
      ) : (
        <ButtonLink to="/console" size="small">
          {t("nav.console")}
        </ButtonLink>
      )}
      <Button
        type="text"
        size="small"
        icon={<LogoutOutlined />}
        aria-label={t("nav.logout")}
        title={t("nav.logout")}
        loading={logout.isPending}
        onClick={() => logout.mutate()}
      />
    </>
  );
}

/** The public site: a top bar with the sections on wide screens, a tab bar at the bottom on phones. */
export function PublicLayout() {
  const { t } = useTranslation();
  const links = SECTIONS.map((section) => (
    <NavLink key={section.key} to={section.path} end={section.path === "/"}>
      <span className="nav-icon" aria-hidden>
        {section.icon}
      </span>
      <span>{t(`nav.${section.key}`)}</span>
    </NavLink>
  ));
  return (
    <div className="public">
      <a href="#main" className="skip-link">
        {t("common.skipToContent")}
      </a>
      <header className="public-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden>
            就
          </span>
          <span>{t("common.appName")}</span>
        </Link>
        <nav className="top-nav" aria-label={t("nav.main")}>
          {links}
        </nav>
        <div className="header-actions">
          <LanguageSwitch />
          <AccountEntry />
        </div>
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        <Outlet />
      </main>
      <ScrollRestoration />
      <nav className="tab-bar" aria-label={t("nav.main")}>
        {links}
      </nav>
    </div>
  );
}
