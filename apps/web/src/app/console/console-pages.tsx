import {
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
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
import { FeedSourcesPage } from "./pages/feed-sources-page.tsx";
import { OrganisationsPage } from "./pages/organisations-page.tsx";
import { PostingEditPage } from "./pages/posting-edit-page.tsx";
import { PostingImportPage } from "./pages/posting-import-page.tsx";
import { PostingStatsPage } from "./pages/posting-stats-page.tsx";
import { PostingsPage } from "./pages/postings-page.tsx";
import { RegionsPage } from "./pages/regions-page.tsx";
import { UsersPage } from "./pages/users-page.tsx";

export type ConsoleRole = Exclude<Role, "seeker">;

export type ConsolePageKey =
  | "dashboard"
  | "postings"
  | "postingNew"
  | "postingEdit"
  | "postingImport"
  | "postingStats"
  | "feedSources"
  | "users"
  | "audit"
  | "regions"
  | "departments"
  | "organisations";

export interface ConsolePage {
  key: ConsolePageKey;
  /** Below /console (a route pattern); the dashboard is the index. */
  path: string;
  icon: ReactNode;
  roles: readonly ConsoleRole[];
  element: ReactNode;
  /** Reached from another page rather than the menu: the menu entry that stays highlighted. */
  parent?: ConsolePageKey;
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
  {
    key: "postings",
    path: "postings",
    icon: <SolutionOutlined />,
    roles: ["employer", "staff", "leadership", "admin"],
    element: <PostingsPage />,
  },
  {
    key: "postingNew",
    path: "postings/new",
    icon: <SolutionOutlined />,
    roles: ["employer", "staff", "admin"],
    element: <PostingEditPage />,
    parent: "postings",
  },
  {
    key: "postingEdit",
    path: "postings/:id/edit",
    icon: <SolutionOutlined />,
    roles: ["employer", "staff", "admin"],
    element: <PostingEditPage />,
    parent: "postings",
  },
  {
    key: "postingImport",
    path: "postings/import",
    icon: <CloudUploadOutlined />,
    roles: ["staff", "admin"],
    element: <PostingImportPage />,
  },
  {
    key: "postingStats",
    path: "posting-stats",
    icon: <BarChartOutlined />,
    roles: ["staff", "department", "leadership", "admin"],
    element: <PostingStatsPage />,
  },
  {
    key: "feedSources",
    path: "feed-sources",
    icon: <ApiOutlined />,
    roles: ["admin"],
    element: <FeedSourcesPage />,
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
  { key: "people", icon: <IdcardOutlined /> },
  { key: "targets", icon: <AimOutlined /> },
  { key: "wageAlerts", icon: <AlertOutlined /> },
  { key: "complaints", icon: <MessageOutlined /> },
] as const;
