import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCreditCode } from "../seed/demo.ts";
import { openTestApp, TEST_PASSWORD, type TestApp, type TestClient } from "../testing/app.ts";
import { testEngines } from "../testing/database.ts";
import { postingFields } from "../testing/postings.ts";
import { mountedRoutes } from "./route.ts";

/**
 * Generated from the route table: every route that is not public refuses anonymous callers, and
 * every one of them is either proven to refuse a caller outside the record's jurisdiction below,
 * or listed with the reason it has no record jurisdiction.
 */
type OutsideCase = (t: TestApp, qitai: { admin: TestClient; staff: TestClient }) => Promise<void>;

const OWN_ACCOUNT_ONLY: Record<string, string> = {
  "auth.logout": "ends the caller's own session",
  "auth.changePassword": "changes the caller's own password",
};

async function idOf(t: TestApp, username: string): Promise<string> {
  const row = await t.deps.db
    .selectFrom("users")
    .select("id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A draft posting of the demo employer in 昌吉市, outside Qitai. */
async function changjiPosting(t: TestApp): Promise<string> {
  const employer = await t.as("employer.demo");
  const res = await employer.request("POST", "/api/v1/job-postings", postingFields({ regionCode: "652301" }));
  return res.json().posting.id;
}

const OUTSIDE: Record<string, OutsideCase> = {
  "jobs.create": async (t, { staff }) => {
    const employerId = (await (await t.as("employer.demo")).request("GET", "/api/v1/auth/session")).json()
      .user.organisationId;
    const res = await staff.request("POST", "/api/v1/job-postings", {
      ...postingFields({ regionCode: "652301" }),
      employerId,
    });
    expect(res.statusCode).toBe(403);
  },
  "jobs.update": async (t, { staff }) => {
    const res = await staff.request(
      "PUT",
      `/api/v1/job-postings/${await changjiPosting(t)}`,
      postingFields({ regionCode: "652301" }),
    );
    expect(res.statusCode).toBe(403);
  },
  "jobs.transition": async (t, { staff }) => {
    const res = await staff.request("POST", `/api/v1/job-postings/${await changjiPosting(t)}/transition`, {
      action: "approve",
    });
    expect(res.statusCode).toBe(403);
  },
  "jobs.listManaged": async (t, { staff }) => {
    const id = await changjiPosting(t);
    const res = await staff.request("GET", "/api/v1/job-postings/managed");
    expect(res.json().items.map((p: { id: string }) => p.id)).not.toContain(id);
  },
  "jobs.stats": async (_t, { staff }) => {
    expect(
      (await staff.request("GET", "/api/v1/job-postings/stats?year=2026&region=652301")).statusCode,
    ).toBe(403);
  },
  "jobs.createFeedSource": async (_t, { admin }) => {
    const res = await admin.request("POST", "/api/v1/feed-sources", {
      name: "outside",
      displayName: "外地",
      regionCode: "652301",
    });
    expect(res.statusCode).toBe(403);
  },
  "jobs.startImport": async (t, { staff }) => {
    const csv = `岗位名称,岗位描述,用人单位名称,统一社会信用代码,工作地区代码,最低薪酬,最高薪酬,薪酬单位,用工形式,应聘方式\n钢筋工,负责钢筋绑扎工作，包吃住。,某公司,${demoCreditCode("652301", "MA7UT001")},652301,6000,8000,月,全职,电话报名\n`;
    const res = await staff.request("POST", "/api/v1/job-postings/imports?format=csv", csv, {
      "content-type": "text/csv",
    });
    await t.deps.tasks.runDue();
    const done = await staff.request("GET", `/api/v1/job-postings/imports/${res.json().import.id}`);
    expect(done.json().import.errors).toEqual([
      { row: 2, column: "工作地区代码", message: "outside this source's region" },
    ]);
  },
  "jobs.getImport": async (t, { staff }) => {
    const admin = await t.as("admin");
    const res = await admin.request(
      "POST",
      "/api/v1/job-postings/imports?format=csv&dryRun=true",
      "岗位名称\n",
      { "content-type": "text/csv" },
    );
    expect(
      (await staff.request("GET", `/api/v1/job-postings/imports/${res.json().import.id}`)).statusCode,
    ).toBe(404);
  },
  "organisations.create": async (_t, { staff }) => {
    const res = await staff.request("POST", "/api/v1/organisations", {
      kind: "employer",
      name: "昌吉市某公司",
      creditCode: demoCreditCode("652301", "MA7TRY01"),
      regionCode: "652301",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "organisations.verify": async (t, { staff }) => {
    const org = await t.deps.db
      .selectFrom("organisations")
      .select("id")
      .where("kind", "=", "employer")
      .executeTakeFirstOrThrow();
    const res = await staff.request("POST", `/api/v1/organisations/${org.id}/verify`);
    expect(res.statusCode).toBe(403);
  },
  "organisations.list": async (_t, { staff }) => {
    const res = await staff.request("GET", "/api/v1/organisations?kind=employer");
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  },
  "users.create": async (_t, { admin }) => {
    const res = await admin.request("POST", "/api/v1/users", {
      username: "intruder",
      displayName: "x",
      password: "long-enough-password",
      role: "staff",
      regionCode: "652301",
    });
    expect(res.statusCode).toBe(403);
  },
  "users.unlock": async (t, { admin }) => {
    const res = await admin.request("POST", `/api/v1/users/${await idOf(t, "staff.changji")}/unlock`);
    expect(res.statusCode).toBe(403);
  },
  "users.list": async (_t, { admin }) => {
    const res = await admin.request("GET", "/api/v1/users");
    const names = (res.json().items as { username: string }[]).map((u) => u.username).sort();
    expect(names).toEqual(["admin.qitai", "seeker.demo", "staff.qitai"]);
  },
  "audit.list": async (t, { admin }) => {
    await t.as("staff.changji");
    const res = await admin.request("GET", "/api/v1/audit?limit=200");
    const actors = new Set((res.json().items as { actorName: string | null }[]).map((e) => e.actorName));
    expect(actors.has("staff.changji")).toBe(false);
    expect(actors.has("staff.qitai")).toBe(true);
  },
  "dashboard.get": async (_t, { staff }) => {
    const res = await staff.request("GET", "/api/v1/dashboard");
    const body = res.json();
    expect(body.jurisdiction.code).toBe("652325");
    expect(body.counts.employers).toBe(0);
    expect(body.counts.departments).toBe(0);
  },
  "regions.import": async (_t, { admin }) => {
    const csv = "code,name,level,parent_code\n652301999,某街道,4,652301\n";
    const res = await admin.request("POST", "/api/v1/regions/import?format=csv", csv, {
      "content-type": "text/csv",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().errors).toEqual([
      { row: 2, column: "parent_code", message: "652301999 lies outside your jurisdiction" },
    ]);
  },
};

describe.each(testEngines())("route access on %s", (engine) => {
  let t: TestApp;
  let qitai: { admin: TestClient; staff: TestClient };
  beforeAll(async () => {
    t = await openTestApp(engine);
    const admin = await t.as("admin");
    const made = await admin.request("POST", "/api/v1/users", {
      username: "admin.qitai",
      displayName: "奇台县管理员",
      password: TEST_PASSWORD,
      role: "admin",
      regionCode: "652325",
    });
    expect(made.statusCode).toBe(201);
    qitai = { admin: await t.as("admin.qitai"), staff: await t.as("staff.qitai") };
  });
  afterAll(async () => t?.close());

  it("has routes to check", () => {
    expect(mountedRoutes(t.app).length).toBeGreaterThan(10);
  });

  it("refuses anonymous callers on every route that is not public", async () => {
    const anonymous = t.client();
    for (const def of mountedRoutes(t.app).filter((d) => d.access !== "public")) {
      const url = `/api${def.path.replace(/:(\w+)/g, "00000000-0000-4000-8000-000000000000")}`;
      const res = await anonymous.request(def.method, url, def.method === "GET" ? undefined : {});
      expect({ route: def.id, status: res.statusCode, code: res.json().error?.code }).toEqual({
        route: def.id,
        status: 401,
        code: "AUTH_REQUIRED",
      });
    }
  });

  it("lists every protected route as jurisdiction-checked or own-account-only", () => {
    const protectedIds = mountedRoutes(t.app)
      .filter((d) => d.access !== "public")
      .map((d) => d.id);
    const covered = new Set([...Object.keys(OUTSIDE), ...Object.keys(OWN_ACCOUNT_ONLY)]);
    expect(protectedIds.filter((id) => !covered.has(id))).toEqual([]);
  });

  for (const [id, check] of Object.entries(OUTSIDE)) {
    it(`${id} refuses or hides records outside the caller's jurisdiction`, async () => {
      await check(t, qitai);
    });
  }

  it("refuses callers whose role the route does not allow", async () => {
    const seeker = await t.as("seeker.demo");
    const res = await seeker.request("GET", "/api/v1/audit");
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("ACCESS_ROLE_DENIED");
  });
});
