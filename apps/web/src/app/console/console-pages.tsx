import {
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  HomeOutlined,
  IdcardOutlined,
  MessageOutlined,
  PhoneOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserAddOutlined,
} from "@ant-design/icons";
import type { Role } from "@jiuye/contract/route";
import type { ReactNode } from "react";
import { ApplicationsPage } from "./pages/applications-page.tsx";
import { AuditPage } from "./pages/audit-page.tsx";
import { DashboardPage } from "./pages/dashboard-page.tsx";
import { DepartmentsPage } from "./pages/departments-page.tsx";
import { FeedSourcesPage } from "./pages/feed-sources-page.tsx";
import { FollowUpsPage } from "./pages/follow-ups-page.tsx";
import { OrganisationsPage } from "./pages/organisations-page.tsx";
import { PeopleChecksPage } from "./pages/people-checks-page.tsx";
import { PeopleImportPage } from "./pages/people-import-page.tsx";
import { PeoplePage } from "./pages/people-page.tsx";
import { PersonNewPage } from "./pages/person-new-page.tsx";
import { PostingEditPage } from "./pages/posting-edit-page.tsx";
import { PostingImportPage } from "./pages/posting-import-page.tsx";
import { PostingStatsPage } from "./pages/posting-stats-page.tsx";
import { PostingsPage } from "./pages/postings-page.tsx";
import { RegionsPage } from "./pages/regions-page.tsx";
import { UsersPage } from "./pages/users-page.tsx";
import { WageAlertsPage } from "./pages/wage-alerts-page.tsx";
import { WageProjectsPage } from "./pages/wage-projects-page.tsx";
import { WageSettingsPage } from "./pages/wage-settings-page.tsx";
import { WageUploadPage } from "./pages/wage-upload-page.tsx";
import { ZeroEmploymentPage } from "./pages/zero-employment-page.tsx";

export type ConsoleRole = Exclude<Role, "seeker">;

export type ConsolePageKey =
  | "dashboard"
  | "postings"
  | "postingNew"
  | "postingEdit"
  | "postingImport"
  | "postingStats"
  | "applications"
  | "feedSources"
  | "people"
  | "personNew"
  | "followUps"
  | "peopleChecks"
  | "zeroEmployment"
  | "peopleImport"
  | "users"
  | "audit"
  | "regions"
  | "departments"
  | "organisations"
  | "wageProjects"
  | "wageAlerts"
  | "wageUpload"
  | "wageSettings";

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
    key: "applications",
    path: "applications",
    icon: <FileDoneOutlined />,
    roles: ["employer"],
    element: <ApplicationsPage />,
  },
  {
    key: "postingStats",
    path: "posting-stats",
    icon: <BarChartOutlined />,
    roles: ["staff", "department", "leadership", "admin"],
    element: <PostingStatsPage />,
  },
  {
    key: "people",
    path: "people",
    icon: <IdcardOutlined />,
    roles: ["staff", "leadership"],
    element: <PeoplePage />,
  },
  {
    key: "personNew",
    path: "people/new",
    icon: <UserAddOutlined />,
    roles: ["staff"],
    element: <PersonNewPage />,
    parent: "people",
  },
  {
    key: "followUps",
    path: "people/follow-ups",
    icon: <PhoneOutlined />,
    roles: ["staff"],
    element: <FollowUpsPage />,
  },
  {
    key: "peopleChecks",
    path: "people/checks",
    icon: <FileSearchOutlined />,
    roles: ["staff"],
    element: <PeopleChecksPage />,
  },
  {
    key: "zeroEmployment",
    path: "people/zero-employment",
    icon: <HomeOutlined />,
    roles: ["staff", "leadership"],
    element: <ZeroEmploymentPage />,
  },
  {
    key: "peopleImport",
    path: "people/import",
    icon: <CloudUploadOutlined />,
    roles: ["staff"],
    element: <PeopleImportPage />,
  },
  {
    key: "wageProjects",
    path: "wages/projects",
    icon: <BankOutlined />,
    roles: ["employer", "staff", "department", "leadership", "admin"],
    element: <WageProjectsPage />,
  },
  {
    key: "wageAlerts",
    path: "wages/alerts",
    icon: <AlertOutlined />,
    roles: ["staff", "department", "leadership", "admin"],
    element: <WageAlertsPage />,
  },
  {
    key: "wageUpload",
    path: "wages/upload",
    icon: <CloudUploadOutlined />,
    roles: ["employer", "staff", "department", "admin"],
    element: <WageUploadPage />,
  },
  {
    key: "wageSettings",
    path: "wages/settings",
    icon: <CalendarOutlined />,
    roles: ["staff", "leadership", "admin"],
    element: <WageSettingsPage />,
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
  { key: "targets", icon: <AimOutlined /> },
  { key: "complaints", icon: <MessageOutlined /> },
] as const;
