import type { TestApp, TestClient } from "./app.ts";

/**
 * One route's proof that it refuses or hides a record outside the caller's jurisdiction: the
 * callers are Qitai county's administrator and staff, the records lie elsewhere. Modules with many
 * routes keep their cases beside their code; the route-table test gathers them.
 */
export type OutsideCase = (t: TestApp, qitai: { admin: TestClient; staff: TestClient }) => Promise<void>;
