import { UserOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { ButtonLink } from "../../components/button-link.tsx";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { useLogout } from "../../features/auth/api/logout.ts";
import "./public.css";
import { SECTIONS } from "./sections.tsx";

function AccountEntry() {
  const { t } = useTranslation();
  const navigate = useNavigate();
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
  const items = [
    ...(user.role === "seeker" ? [] : [{ key: "console", label: t("nav.console") }]),
    { key: "logout", label: t("nav.logout") },
  ];
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        items,
        onClick: ({ key }) => {
          if (key === "console") void navigate("/console");
          else logout.mutate();
        },
      }}
    >
      <Button size="small" icon={<UserOutlined />}>
        <span className="account-name">{user.displayName}</span>
      </Button>
    </Dropdown>
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
          <LanguageSwitch className="language-switch" />
          <AccountEntry />
        </div>
      </header>
      <main className="public-main">
        <Outlet />
      </main>
      <nav className="tab-bar" aria-label={t("nav.main")}>
        {links}
      </nav>
    </div>
  );
}
