import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { openTestApp, TEST_PASSWORD, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { type WageFixture, wageProjectFixture } from "../../testing/wages.ts";
import { evaluateStoredProjects } from "./wages.evaluation.ts";

describe.each(testEngines())("wage rule parameters and the working calendar on %s", (engine) => {
  let t: TestApp;
  let f: WageFixture;
  let admin: TestClient;
  beforeAll(async () => {
    t = await openTestApp(engine, { clock: fixedClock("2026-06-15T04:00:00Z") });
    f = await wageProjectFixture(t);
    admin = await t.as("admin");
    const made = await admin.request("POST", "/api/v1/users", {
      username: "admin.qitai",
      displayName: "奇台县管理员",
      password: TEST_PASSWORD,
      role: "admin",
      regionCode: "652325",
    });
    expect(made.statusCode).toBe(201);
    // One worker of 昌吉市, paid 6000 for May through the special account.
    const facts = await f.dept.request("POST", `/api/v1/wage-projects/${f.projectId}/facts`, {
      workers: [
        { id: "W1", name: "王一", contractSigned: true, realNameVerified: true, enteredOn: "2026-05-01" },
      ],
      attendance: [{ workerId: "W1", month: "2026-05", days: 22 }],
      payroll: [
        {
          workerId: "W1",
          month: "2026-05",
          payable: 6000,
          paid: 6000,
          paidOn: "2026-06-10",
          viaSpecialAccount: true,
          workerSigned: true,
        },
      ],
    });
    expect(facts.statusCode, facts.body).toBe(200);
  });
  afterAll(() => t.close());

  const stored = (code: string) =>
    t.deps.db
      .selectFrom("wage_alerts")
      .selectAll()
      .where("project_id", "=", f.projectId)
      .where("code", "=", code)
      .executeTakeFirst();

  it("evaluates under the parameters in force for the project's region on the day, and records them", async () => {
    const set = (regionCode: string | null, effectiveFrom: string, parameters: object) =>
      admin.request("POST", "/api/v1/wage-parameters", { regionCode, effectiveFrom, parameters });
    expect((await set(null, "2026-06-01", { minimumMonthlyWage: 6500 })).statusCode).toBe(200);
    expect((await set("652301", "2026-01-01", { disposalWorkingDays: { yellow: 2 } })).statusCode).toBe(200);
    expect((await set("652301", "2026-07-01", { minimumMonthlyWage: 9999 })).statusCode).toBe(200);
    const qitai = await t.as("admin.qitai");
    const refused = await qitai.request("POST", "/api/v1/wage-parameters", {
      regionCode: "652301",
      effectiveFrom: "2026-01-01",
      parameters: {},
    });
    expect(refused.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
    const platform = await qitai.request("POST", "/api/v1/wage-parameters", {
      regionCode: null,
      effectiveFrom: "2026-01-01",
      parameters: {},
    });
    expect(platform.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
    const bad = await admin.request("POST", "/api/v1/wage-parameters", {
      regionCode: "652301",
      effectiveFrom: "2026-01-01",
      parameters: { minimumMonthlyWage: -1 },
    });
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      "$.parameters.minimumMonthlyWage",
    ]);

    await evaluateStoredProjects(t.deps);
    const wa12 = await stored("WA12");
    expect(wa12?.parameters).toMatchObject({ minimumMonthlyWage: 6500, standardMonthDays: 21.75 });
    expect(wa12?.message).toContain("6500");
    // 06-15 + 2 working days.
    expect(wa12?.deadline).toBe("2026-06-17");
    const list = (await f.county.request("GET", "/api/v1/wage-parameters")).json();
    expect(list.defaults).toMatchObject({
      minimumMonthlyWage: 1900,
      disposalWorkingDays: { red: 5, yellow: 10 },
    });
    expect(
      list.items.map((r: { regionCode: string | null; effectiveFrom: string }) => [
        r.regionCode,
        r.effectiveFrom,
      ]),
    ).toEqual([
      ["652301", "2026-07-01"],
      [null, "2026-06-01"],
      ["652301", "2026-01-01"],
    ]);
    const qitaiStaff = (await (await t.as("staff.qitai")).request("GET", "/api/v1/wage-parameters")).json();
    expect(qitaiStaff.items.map((r: { regionCode: string | null }) => r.regionCode)).toEqual([null]);
  });

  it("counts deadlines on the calendar administrators keep", async () => {
    const jun16 = await admin.request("PUT", "/api/v1/working-calendar/2026-06-16", {
      kind: "holiday",
      name: "演示假日",
    });
    expect(jun16.json().item).toEqual({ day: "2026-06-16", kind: "holiday", name: "演示假日" });
    const qitai = await t.as("admin.qitai");
    expect(
      (await qitai.request("PUT", "/api/v1/working-calendar/2026-06-17", { kind: "holiday" })).statusCode,
    ).toBe(403);
    // A new alert after the change: the site board goes missing.
    await f.dept.request("POST", "/api/v1/wage-projects", {
      ...(await f.dept.request("GET", `/api/v1/wage-projects/${f.projectId}`)).json().project.input,
      siteBoardPublishedOn: null,
    });
    await evaluateStoredProjects(t.deps);
    expect((await stored("WA16"))?.deadline).toBe("2026-06-18");
    const days = (await f.county.request("GET", "/api/v1/working-calendar?year=2026")).json().items;
    expect(days).toContainEqual({ day: "2026-06-16", kind: "holiday", name: "演示假日" });
    expect(days).toContainEqual({ day: "2026-06-19", kind: "holiday", name: null });
    expect((await admin.request("DELETE", "/api/v1/working-calendar/2026-06-16")).json()).toEqual({
      ok: true,
    });
    const after = (await f.county.request("GET", "/api/v1/working-calendar?year=2026")).json().items;
    expect(after.map((d: { day: string }) => d.day)).not.toContain("2026-06-16");
  });
});
