import {
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  IdcardOutlined,
  MessageOutlined,
  SolutionOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { Role } from "@jiuye/contract/route";
import type { ReactNode } from "react";
import { AuditPage } from "./pages/audit-page.tsx";
import { DashboardPage } from "./pages/dashboard-page.tsx";
import { DepartmentsPage } from "./pages/departments-page.tsx";
import { OrganisationsPage } from "./pages/organisations-page.tsx";
import { RegionsPage } from "./pages/regions-page.tsx";
import { UsersPage } from "./pages/users-page.tsx";

export type ConsoleRole = Exclude<Role, "seeker">;

export interface ConsolePage {
  key: "dashboard" | "users" | "audit" | "regions" | "departments" | "organisations";
  /** Below /console; the dashboard is the index. */
  path: string;
  icon: ReactNode;
  roles: readonly ConsoleRole[];
  element: ReactNode;
}

const EVERY_CONSOLE_ROLE: readonly ConsoleRole[] = ["employer", "staff", "department", "leadership", "admin"];

/** The console's pages, in menu order, with the roles that may open each. */
export const CONSOLE_PAGES: readonly ConsolePage[] = [
  {
    key: "dashboard",
    path: "",
    icon: <DashboardOutlined />,
    roles: EVERY_CONSOLE_ROLE,
    element: <DashboardPage />,
  },
  { key: "users", path: "users", icon: <TeamOutlined />, roles: ["admin"], element: <UsersPage /> },
  { key: "audit", path: "audit", icon: <AuditOutlined />, roles: ["admin"], element: <AuditPage /> },
  {
    key: "regions",
    path: "regions",
    icon: <EnvironmentOutlined />,
    roles: ["staff", "leadership", "admin"],
    element: <RegionsPage />,
  },
  {
    key: "departments",
    path: "departments",
    icon: <ApartmentOutlined />,
    roles: ["staff", "department", "leadership", "admin"],
    element: <DepartmentsPage />,
  },
  {
    key: "organisations",
    path: "organisations",
    icon: <BankOutlined />,
    roles: ["staff", "leadership", "admin"],
    element: <OrganisationsPage />,
  },
];

/** Modules still being built: shown in the menu, disabled and marked as coming. */
export const COMING_MODULES = [
  { key: "postings", icon: <SolutionOutlined /> },
  { key: "people", icon: <IdcardOutlined /> },
  { key: "targets", icon: <AimOutlined /> },
  { key: "wageAlerts", icon: <AlertOutlined /> },
  { key: "complaints", icon: <MessageOutlined /> },
] as const;
