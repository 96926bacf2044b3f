import { Result } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ConsoleRole } from "./console-pages.tsx";
import { useConsoleUser } from "./console-user.ts";

/** Shows the page only to the roles it is for; others are told plainly that they have no access. */
export function RoleGate({ roles, children }: { roles: readonly ConsoleRole[]; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useConsoleUser();
  if (roles.some((role) => role === user.role)) return children;
  return <Result status="403" title={t("common.forbiddenTitle")} subTitle={t("common.forbiddenText")} />;
}
