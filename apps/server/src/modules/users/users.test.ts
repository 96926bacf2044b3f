import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, TEST_PASSWORD, type TestApp } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";

describe.each(testEngines())("users on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t?.close());

  it("creates a department account bound to its department, who must change the password", async () => {
    const admin = await t.as("admin");
    const departments = (await t.client().request("GET", "/api/v1/departments?region=652300")).json().items;
    const finance = departments.find((d: { name: string }) => d.name === "财政局");
    const made = await admin.request("POST", "/api/v1/users", {
      username: "dept.finance",
      displayName: "州财政局",
      password: TEST_PASSWORD,
      role: "department",
      regionCode: "652300",
      organisationId: finance.id,
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().user).toMatchObject({
      role: "department",
      organisationName: "财政局",
      regionName: "昌吉回族自治州",
    });
    const client = await t.as("dept.finance");
    expect((await client.request("GET", "/api/v1/auth/session")).json().user.mustChangePassword).toBe(true);
  });

  it("refuses a department account without a department, a taken username and seeker accounts", async () => {
    const admin = await t.as("admin");
    const base = { displayName: "x", password: TEST_PASSWORD, regionCode: "652300" };
    const noDept = await admin.request("POST", "/api/v1/users", {
      ...base,
      username: "dept.none",
      role: "department",
    });
    expect(noDept.statusCode).toBe(422);
    expect(noDept.json().error.details).toEqual([
      { path: "$.organisationId", message: "must be the id of a department" },
    ]);
    const taken = await admin.request("POST", "/api/v1/users", {
      ...base,
      username: "Staff.Changji",
      role: "staff",
    });
    expect(taken.statusCode).toBe(409);
    const seeker = await admin.request("POST", "/api/v1/users", {
      ...base,
      username: "seeker1",
      role: "seeker",
    });
    expect(seeker.statusCode).toBe(422);
  });

  it("audits reads of account lists, naming the accounts read", async () => {
    const admin = await t.as("admin");
    const list = (await admin.request("GET", "/api/v1/users?role=leadership")).json().items;
    const entry = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "users.list")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_name: "admin", record_type: "user", outcome: "ok" });
    expect(entry.details).toEqual({ read: list.map((u: { id: string }) => u.id) });
  });

  it("lets an administrator unlock a locked account", async () => {
    const client = t.client();
    await client.request("GET", "/api/v1/auth/session");
    for (let i = 0; i < 5; i++)
      await client.request("POST", "/api/v1/auth/login", {
        username: "employer.demo",
        password: "wrong-one",
      });
    const admin = await t.as("admin");
    const user = (await admin.request("GET", "/api/v1/users?role=employer")).json().items[0];
    expect(user).toMatchObject({ username: "employer.demo", locked: true });
    const unlocked = await admin.request("POST", `/api/v1/users/${user.id}/unlock`);
    expect(unlocked.json().user.locked).toBe(false);
    expect((await t.as("employer.demo")).csrfToken).toBeTruthy();
  });
});
