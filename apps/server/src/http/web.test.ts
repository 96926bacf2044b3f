import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../testing/app.ts";
import { buildApp } from "./app.ts";

describe("serving the web app", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "jiuye-web-"));
  let t: TestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>就业</title>");
    writeFileSync(path.join(dist, "assets", "app-1.js"), "console.log(1)");
    t = await openTestApp("pglite");
    app = await buildApp({ ...t.deps, config: { ...t.deps.config, webDist: dist } }, { logger: false });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves the app shell for client routes and files as they are", async () => {
    for (const url of ["/", "/jobs", "/console/audit?x=1"]) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain("<title>就业</title>");
    }
    const js = await app.inject({ url: "/assets/app-1.js" });
    expect(js.headers["content-type"]).toMatch(/javascript/);
  });

  it("serves a file built after start, and 404s a missing asset instead of the shell", async () => {
    writeFileSync(path.join(dist, "assets", "app-2.js"), "console.log(2)");
    expect((await app.inject({ url: "/assets/app-2.js" })).body).toBe("console.log(2)");
    const missing = await app.inject({ url: "/assets/app-0.js" });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain("<title>");
    const api = await app.inject({ url: "/api/v1/missing" });
    expect(api.json().error.code).toBe("ROUTE_NOT_FOUND");
  });
});
