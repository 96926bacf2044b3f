import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

const LINKS = [
  { key: "profile", path: "/me/profile" },
  { key: "applications", path: "/me/applications" },
  { key: "matches", path: "/me/matches" },
  { key: "inbox", path: "/me/inbox" },
] as const;

/** 我的服务: a job seeker's own pages, side by side above each of them (the tab bar stays for the sections). */
export function MeNav() {
  const { t } = useTranslation();
  return (
    <nav className="me-nav" aria-label={t("me.nav")}>
      {LINKS.map((link) => (
        <NavLink key={link.key} to={link.path}>
          {t(`me.${link.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
