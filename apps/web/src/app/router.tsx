import { lazy, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { PageSpinner } from "../components/page-spinner.tsx";
import { ComingSoonPage } from "./public/coming-soon-page.tsx";
import { HomePage } from "./public/home-page.tsx";
import { NotFoundPage } from "./public/not-found-page.tsx";
import { PublicLayout } from "./public/public-layout.tsx";
import { RightsPage } from "./public/rights-page.tsx";

/** The console is its own chunk: phones visiting the public site never download it. */
const ConsoleApp = lazy(() =>
  import("./console/console-app.tsx").then((module) => ({ default: module.ConsoleApp })),
);
/** Forms are heavier than the rest of the public site: they load when someone opens them. */
const LoginPage = lazy(() =>
  import("./public/login-page.tsx").then((module) => ({ default: module.LoginPage })),
);
/** The job search has its own chunk: the home page does not wait for it, and it never needs the console. */
const JobsPage = lazy(() =>
  import("./public/jobs-page.tsx").then((module) => ({ default: module.JobsPage })),
);
const JobPage = lazy(() => import("./public/job-page.tsx").then((module) => ({ default: module.JobPage })));
/** One's own registry record: a form-heavy page only job seekers open. */
const MyProfilePage = lazy(() =>
  import("./public/my-profile-page.tsx").then((module) => ({ default: module.MyProfilePage })),
);
/** A job seeker's own pages: applications, the inbox with invitations, recommended postings. */
const MyApplicationsPage = lazy(() =>
  import("./public/my-applications-page.tsx").then((module) => ({ default: module.MyApplicationsPage })),
);
const InboxPage = lazy(() =>
  import("./public/inbox-page.tsx").then((module) => ({ default: module.InboxPage })),
);
/** The unsubscribe link of a pushed message: opened without logging in. */
const UnsubscribePage = lazy(() =>
  import("./public/unsubscribe-page.tsx").then((module) => ({ default: module.UnsubscribePage })),
);
const MyMatchesPage = lazy(() =>
  import("./public/my-matches-page.tsx").then((module) => ({ default: module.MyMatchesPage })),
);
const RegisterPage = lazy(() =>
  import("./public/register-page.tsx").then((module) => ({ default: module.RegisterPage })),
);

export const router = createBrowserRouter([
  {
    path: "/",
    element: <PublicLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: "jobs",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <JobsPage />
          </Suspense>
        ),
      },
      {
        path: "jobs/:id",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <JobPage />
          </Suspense>
        ),
      },
      { path: "policies", element: <ComingSoonPage section="policies" /> },
      { path: "training", element: <ComingSoonPage section="training" /> },
      { path: "entrepreneurship", element: <ComingSoonPage section="entrepreneurship" /> },
      { path: "rights", element: <RightsPage /> },
      {
        path: "login",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <LoginPage />
          </Suspense>
        ),
      },
      {
        path: "register",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <RegisterPage />
          </Suspense>
        ),
      },
      {
        path: "me/profile",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <MyProfilePage />
          </Suspense>
        ),
      },
      {
        path: "me/applications",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <MyApplicationsPage />
          </Suspense>
        ),
      },
      {
        path: "push/unsubscribe",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <UnsubscribePage />
          </Suspense>
        ),
      },
      {
        path: "me/inbox",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <InboxPage />
          </Suspense>
        ),
      },
      {
        path: "me/matches",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <MyMatchesPage />
          </Suspense>
        ),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
  {
    path: "/console/*",
    element: (
      <Suspense fallback={<PageSpinner />}>
        <ConsoleApp />
      </Suspense>
    ),
  },
]);
