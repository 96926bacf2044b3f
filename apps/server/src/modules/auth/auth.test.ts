import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { demoCreditCode } from "../../seed/demo.ts";
import { openTestApp, TEST_PASSWORD, type TestApp } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { purgeSessionsTask } from "./auth.tasks.ts";

describe.each(testEngines())("auth on %s", (engine) => {
  let t: TestApp;
  const clock = fixedClock("2026-03-02T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
  });
  afterAll(async () => t?.close());

  it("logs in with an httpOnly SameSite cookie and reports the session user", async () => {
    const client = t.client();
    await client.request("GET", "/api/v1/auth/session");
    const res = await client.request("POST", "/api/v1/auth/login", {
      username: "STAFF.changji",
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "jiuye_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const session = await client.request("GET", "/api/v1/auth/session");
    expect(session.json().user).toMatchObject({
      username: "staff.changji",
      role: "staff",
      regionCode: "652300",
      regionName: "昌吉回族自治州",
    });
  });

  it("refuses login without the pre-session CSRF token", async () => {
    const res = await t
      .client()
      .request("POST", "/api/v1/auth/login", { username: "admin", password: TEST_PASSWORD });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("AUTH_CSRF_MISMATCH");
  });

  it("refuses a state-changing request with a session but without its CSRF token", async () => {
    const client = await t.as("admin");
    const token = client.csrfToken;
    client.csrfToken = null;
    const res = await client.request("POST", "/api/v1/auth/logout");
    expect(res.statusCode).toBe(403);
    client.csrfToken = "x".repeat(32);
    expect((await client.request("POST", "/api/v1/auth/logout")).statusCode).toBe(403);
    client.csrfToken = token;
    expect((await client.request("POST", "/api/v1/auth/logout")).statusCode).toBe(200);
    expect((await client.request("GET", "/api/v1/auth/session")).json().user).toBeNull();
  });

  it("answers wrong passwords and unknown users alike, locks after five failures, and audits them", async () => {
    const client = t.client();
    await client.request("GET", "/api/v1/auth/session");
    const unknown = await client.request("POST", "/api/v1/auth/login", {
      username: "nobody",
      password: "whatever",
    });
    expect(unknown.json().error).toMatchObject({
      code: "AUTH_INVALID_CREDENTIALS",
      message: "Wrong username or password",
    });
    for (let i = 1; i <= 5; i++) {
      const res = await client.request("POST", "/api/v1/auth/login", {
        username: "staff.qitai",
        password: "wrong-password",
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.details.attemptsLeft).toBe(5 - i);
    }
    const locked = await client.request("POST", "/api/v1/auth/login", {
      username: "staff.qitai",
      password: TEST_PASSWORD,
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("AUTH_LOCKED");
    expect(locked.headers["retry-after"]).toBe("900");
    const failures = await t.deps.db
      .selectFrom("audit_log")
      .select(["outcome", "details"])
      .where("action", "=", "auth.login")
      .where("outcome", "=", "failed")
      .execute();
    expect(failures.length).toBe(7);

    const admin = await t.as("admin");
    const users = await admin.request("GET", "/api/v1/users?role=staff");
    expect(users.json().items.find((u: { username: string }) => u.username === "staff.qitai").locked).toBe(
      true,
    );
    clock.advance(15 * 60_000 + 1000);
    expect((await t.as("staff.qitai")).csrfToken).toBeTruthy();
  });

  it("changes the password, ends other sessions, and needs the current one", async () => {
    const first = await t.as("leader.changji");
    const second = await t.as("leader.changji");
    const wrong = await first.request("POST", "/api/v1/auth/password", {
      currentPassword: "nope",
      newPassword: "new-password-2026",
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details).toEqual([{ path: "$.currentPassword", message: "wrong password" }]);
    const short = await first.request("POST", "/api/v1/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "short",
    });
    expect(short.statusCode).toBe(400);
    const ok = await first.request("POST", "/api/v1/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "new-password-2026",
    });
    expect(ok.statusCode).toBe(200);
    expect((await second.request("GET", "/api/v1/auth/session")).json().user).toBeNull();
    expect((await first.request("GET", "/api/v1/auth/session")).json().user.username).toBe("leader.changji");
    await expect(t.as("leader.changji")).rejects.toThrow(/login as leader.changji failed/);
    expect((await t.client().login("leader.changji", "new-password-2026")).csrfToken).toBeTruthy();
  });

  it("registers a seeker with consent, and an employer only with a valid credit code", async () => {
    const seeker = t.client();
    await seeker.request("GET", "/api/v1/auth/session");
    const noConsent = await seeker.request("POST", "/api/v1/auth/register", {
      role: "seeker",
      username: "grad2026",
      password: "graduate-pass-1",
      displayName: "小王",
      regionCode: "652325",
      consent: false,
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.details[0].path).toBe("$.consent");
    const ok = await seeker.request("POST", "/api/v1/auth/register", {
      role: "seeker",
      username: "grad2026",
      password: "graduate-pass-1",
      displayName: "小王",
      regionCode: "652325",
      consent: true,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().user).toMatchObject({ username: "grad2026", role: "seeker" });
    const row = await t.deps.db
      .selectFrom("users")
      .select(["consent_at", "consent_purpose"])
      .where("username", "=", "grad2026")
      .executeTakeFirstOrThrow();
    expect(row.consent_at).toBeInstanceOf(Date);
    expect(row.consent_purpose).toMatch(/registration/);

    const employer = t.client();
    await employer.request("GET", "/api/v1/auth/session");
    const base = {
      role: "employer",
      username: "hr.qitai",
      password: "employer-pass-1",
      displayName: "人事",
      regionCode: "652325",
      organisationName: "奇台县某农业公司",
      consent: true,
    };
    const bad = await employer.request("POST", "/api/v1/auth/register", {
      ...base,
      creditCode: "91652325MA7XYW01X1",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe("ORGANISATIONS_CREDIT_CODE_INVALID");
    expect(
      await t.deps.db.selectFrom("users").select("id").where("username", "=", "hr.qitai").executeTakeFirst(),
    ).toBeUndefined();
    const good = await employer.request("POST", "/api/v1/auth/register", {
      ...base,
      creditCode: demoCreditCode("652325", "MA7XYW01"),
    });
    expect(good.statusCode).toBe(201);
    expect(good.json().user).toMatchObject({ role: "employer", organisationName: "奇台县某农业公司" });
    const again = t.client();
    await again.request("GET", "/api/v1/auth/session");
    const taken = await again.request("POST", "/api/v1/auth/register", {
      ...base,
      creditCode: demoCreditCode("652325", "MA7XYW02"),
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({
      code: "AUTH_USERNAME_TAKEN",
      details: [{ path: "$.username" }],
    });
    const orphan = await t.deps.db
      .selectFrom("organisations")
      .select("id")
      .where("credit_code", "=", demoCreditCode("652325", "MA7XYW02"))
      .executeTakeFirst();
    expect(orphan).toBeUndefined();
  });

  it("purges expired sessions with its task", async () => {
    await t.as("dept.hrss");
    const count = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom("sessions")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(before).toBeGreaterThan(0);
    clock.advance(13 * 3600_000);
    await t.deps.tasks.enqueue(purgeSessionsTask, {});
    await t.deps.tasks.runDue();
    expect(await count()).toBe(0);
  });
});
