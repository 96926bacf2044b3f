import { lazy, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { PageSpinner } from "../components/page-spinner.tsx";
import { ComingSoonPage } from "./public/coming-soon-page.tsx";
import { HomePage } from "./public/home-page.tsx";
import { LoginPage } from "./public/login-page.tsx";
import { NotFoundPage } from "./public/not-found-page.tsx";
import { PublicLayout } from "./public/public-layout.tsx";
import { RightsPage } from "./public/rights-page.tsx";

/** The console is its own chunk: phones visiting the public site never download it. */
const ConsoleApp = lazy(() => import("./console/console-app.tsx").then((module) => ({ default: module.ConsoleApp })));
const RegisterPage = lazy(() =>
  import("./public/register-page.tsx").then((module) => ({ default: module.RegisterPage })),
);

export const router = createBrowserRouter([
  {
    path: "/",
    element: <PublicLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: "jobs", element: <ComingSoonPage section="jobs" /> },
      { path: "policies", element: <ComingSoonPage section="policies" /> },
      { path: "training", element: <ComingSoonPage section="training" /> },
      { path: "entrepreneurship", element: <ComingSoonPage section="entrepreneurship" /> },
      { path: "rights", element: <RightsPage /> },
      { path: "login", element: <LoginPage /> },
      {
        path: "register",
        element: (
          <Suspense fallback={<PageSpinner />}>
            <RegisterPage />
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
