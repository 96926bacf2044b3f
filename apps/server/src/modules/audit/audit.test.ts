import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { demoCreditCode } from "../../seed/demo.ts";
import { openTestApp, type TestApp } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";

describe.each(testEngines())("audit log on %s", (engine) => {
  let t: TestApp;
  const clock = fixedClock("2026-05-10T03:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
  });
  afterAll(async () => t?.close());

  it("records every write with who, role, action, record, time and address", async () => {
    const staff = await t.as("staff.changji");
    clock.advance(60_000);
    const res = await staff.request("POST", "/api/v1/organisations", {
      kind: "employer",
      name: "昌吉某物流公司",
      creditCode: demoCreditCode("652301", "MA7WL001"),
      regionCode: "652301",
    });
    expect(res.statusCode).toBe(201);
    const admin = await t.as("admin");
    const list = await admin.request("GET", "/api/v1/audit?action=organisations.create");
    expect(list.json().items).toEqual([
      expect.objectContaining({
        actorName: "staff.changji",
        actorRole: "staff",
        action: "organisations.create",
        recordType: "organisation",
        recordId: res.json().organisation.id,
        clientAddress: staff.address,
        outcome: "ok",
        at: "2026-05-10T03:01:00.000Z",
      }),
    ]);
  });

  it("records refused writes too, and nothing of a write that failed validation is kept", async () => {
    const seeker = await t.as("seeker.demo");
    const refused = await seeker.request("POST", "/api/v1/organisations", { kind: "employer" });
    expect(refused.statusCode).toBe(403);
    const admin = await t.as("admin");
    const denied = await admin.request("GET", "/api/v1/audit?actor=seeker.demo&action=organisations.");
    expect(denied.json().items).toEqual([
      expect.objectContaining({ action: "organisations.create", outcome: "denied" }),
    ]);
  });

  it("filters by actor, action prefix, record and time, and pages with a cursor", async () => {
    const admin = await t.as("admin");
    for (let i = 0; i < 3; i++) {
      clock.advance(1000);
      await t.as("dept.hrss");
    }
    const logins = await admin.request("GET", "/api/v1/audit?actor=dept.hrss&action=auth.&limit=2");
    const first = logins.json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = (
      await admin.request(
        "GET",
        `/api/v1/audit?actor=dept.hrss&action=auth.&limit=2&cursor=${first.nextCursor}`,
      )
    ).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const ats: string[] = [...first.items, ...second.items].map((e: { at: string }) => e.at);
    const [newest = "", middle = ""] = ats;
    expect(ats).toEqual([...ats].sort().reverse());
    const window = await admin.request(
      "GET",
      `/api/v1/audit?actor=dept.hrss&from=${encodeURIComponent(middle)}&to=${encodeURIComponent(newest)}`,
    );
    expect(window.json().items.map((e: { at: string }) => e.at)).toEqual([middle]);
    const bad = await admin.request("GET", "/api/v1/audit?cursor=not-a-cursor");
    expect(bad.json().error.details).toEqual([{ path: "$.cursor", message: "invalid cursor" }]);
  });

  it("offers no way to change or delete entries", async () => {
    const admin = await t.as("admin");
    for (const method of ["PUT", "PATCH", "DELETE"] as const) {
      expect((await admin.request(method, "/api/v1/audit")).statusCode).toBe(404);
    }
    await expect(t.deps.db.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
  });
});
