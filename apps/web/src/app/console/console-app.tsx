import { App } from "antd";
import { Route, Routes } from "react-router";
import { NotFoundPage } from "../public/not-found-page.tsx";
import "./console.css";
import { ConsoleLayout } from "./console-layout.tsx";
import { ConsoleLoginPage } from "./console-login-page.tsx";
import { CONSOLE_PAGES } from "./console-pages.tsx";
import { RoleGate } from "./role-gate.tsx";

/** The console's route tree (with antd's message context), loaded only when someone opens /console. */
export function ConsoleApp() {
  return (
    <App>
      <Routes>
        <Route path="login" element={<ConsoleLoginPage />} />
        <Route element={<ConsoleLayout />}>
          {CONSOLE_PAGES.map((page) =>
            page.path === "" ? (
              <Route key={page.key} index element={<RoleGate roles={page.roles}>{page.element}</RoleGate>} />
            ) : (
              <Route
                key={page.key}
                path={page.path}
                element={<RoleGate roles={page.roles}>{page.element}</RoleGate>}
              />
            ),
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </App>
  );
}
