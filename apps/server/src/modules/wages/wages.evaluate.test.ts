import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { RULESET_VERSION } from "@jiuye/wages/evaluate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "../../testing/app.ts";

const EXAMPLE = path.resolve(import.meta.dirname, "../../../../../packages/wages/fixtures/example.json");
const BIN = path.resolve(import.meta.dirname, "../../../bin/jiuye.js");

function cli(args: string[], input = "") {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// The dry run reads and writes nothing in the database, so one engine is enough.
describe("wage bundle dry run", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp("pglite");
  });
  afterAll(() => t.close());

  it("answers the same alerts over HTTP and on the command line", async () => {
    const bundle = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    bundle.payroll[0].paidOn = null;
    bundle.workers[0].contractSigned = false;
    const res = await t.client().request("POST", "/api/v1/wages/evaluate", bundle);
    expect(res.statusCode).toBe(200);
    expect(res.headers["jiuye-ruleset-version"]).toBe(RULESET_VERSION);
    const codes = res.json().alerts.map((a: { code: string; subject: object }) => [a.code, a.subject]);
    expect(codes).toEqual([
      ["WA07", { workerId: "W1", month: "2026-03" }],
      ["WA09", { month: "2026-03" }],
      ["WA14", { workerId: "W1" }],
      ["WA18", { complaintId: "C1" }],
    ]);
    const run = cli(["wages", "evaluate", "-"], JSON.stringify(bundle));
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual(res.json());
  });

  it("refuses a bad bundle with every error and its path, on both", async () => {
    const bundle = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    bundle.payroll[0].paid = -1;
    bundle.attendance.push({ workerId: "W7", month: "2026-04", days: 40 });
    bundle.asOf = "2026-6-15";
    const res = await t.client().request("POST", "/api/v1/wages/evaluate", bundle);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe("VALIDATION_FAILED");
    const paths = error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual([
      "$.asOf",
      "$.attendance[1].days",
      "$.attendance[1].workerId",
      "$.payroll[0].paid",
    ]);
    const run = cli(["wages", "evaluate", EXAMPLE.replace("example.json", "missing.json")]);
    expect(run.code).toBe(1);
    const bad = cli(["wages", "evaluate", "-"], JSON.stringify(bundle));
    expect(bad.code).toBe(1);
    expect(bad.out).toBe("");
    expect(bad.err).toContain("- $.payroll[0].paid: money cannot be negative");
    expect(bad.err).toContain("- $.attendance[1].workerId: no worker W7 in $.workers");
    expect(bad.err).toContain("4 error(s); nothing was evaluated");
  });

  it("takes bodies up to 5 MB and refuses larger ones", async () => {
    const bundle = JSON.parse(readFileSync(EXAMPLE, "utf8"));
    bundle.project.name = "x".repeat(5.5 * 1024 * 1024);
    const res = await t.client().request("POST", "/api/v1/wages/evaluate", bundle);
    expect(res.statusCode).toBe(413);
  });
});
