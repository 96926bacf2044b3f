import { Layout, Menu, type MenuProps, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, matchPath, Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageSpinner } from "../../components/page-spinner.tsx";
import { useSession } from "../../features/auth/api/get-session.ts";
import { useLogout } from "../../features/auth/api/logout.ts";
import { ChangePasswordDialog } from "../../features/auth/components/change-password-dialog.tsx";
import { ConsoleHeader } from "./console-header.tsx";
import { COMING_MODULES, CONSOLE_PAGES } from "./console-pages.tsx";

/** The console frame: only for signed-in console accounts; job seekers go to the public site. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);

  if (session.isPending) return <PageSpinner />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  const user = session.data.user;
  if (!user)
    return <Navigate to="/console/login" replace state={{ from: location.pathname + location.search }} />;
  if (user.role === "seeker") return <Navigate to="/" replace />;

  const here = location.pathname.replace(/\/+$/, "");
  const current = CONSOLE_PAGES.find((page) =>
    matchPath({ path: `/console/${page.path}`.replace(/\/$/, ""), end: true }, here),
  );
  const menuItems: MenuProps["items"] = [
    ...CONSOLE_PAGES.filter(
      (page) => page.parent === undefined && page.roles.some((role) => role === user.role),
    ).map((page) => ({
      key: page.key,
      icon: page.icon,
      label: <Link to={`/console/${page.path}`}>{t(`console.${page.key}`)}</Link>,
    })),
    {
      type: "group" as const,
      key: "coming",
      label: collapsed ? null : t("console.comingSection"),
      children: COMING_MODULES.map((module) => ({
        key: module.key,
        icon: module.icon,
        disabled: true,
        title: `${t(`console.${module.key}`)}（${t("common.comingSoon")}）`,
        label: (
          <>
            {t(`console.${module.key}`)}
            <span className="visually-hidden">（{t("common.comingSoon")}）</span>
          </>
        ),
      })),
    },
  ];

  function endSession() {
    logout.mutate(undefined, { onSuccess: () => void navigate("/console/login", { replace: true }) });
  }

  return (
    <Layout className="console">
      <Layout.Sider
        theme="light"
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={224}
        className="console-sider"
      >
        <Link to="/console" className="console-brand">
          <span className="console-brand-mark" aria-hidden>
            就
          </span>
          {!collapsed && <span>{t("console.title")}</span>}
        </Link>
        <nav aria-label={t("console.menu")}>
          <Menu
            mode="inline"
            selectedKeys={current ? [current.parent ?? current.key] : []}
            items={menuItems}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console-header">
          <ConsoleHeader
            user={user}
            onChangePassword={() => setChangingPassword(true)}
            onLogout={endSession}
            loggingOut={logout.isPending}
          />
        </Layout.Header>
        <Layout.Content className="console-content">
          {current && (
            <Typography.Title level={1} className="console-title">
              {t(`console.${current.key}`)}
            </Typography.Title>
          )}
          <Outlet context={user} />
        </Layout.Content>
      </Layout>
      <ChangePasswordDialog
        open={user.mustChangePassword || changingPassword}
        forced={user.mustChangePassword}
        onClose={() => setChangingPassword(false)}
        onLogout={endSession}
      />
    </Layout>
  );
}
