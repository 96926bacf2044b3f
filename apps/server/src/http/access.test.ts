import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTargetWorkbook } from "../modules/targets/targets.workbook.ts";
import { WAGE_OUTSIDE_CASES } from "../modules/wages/wages.access-cases.ts";
import { demoCreditCode } from "../seed/demo.ts";
import type { OutsideCase } from "../testing/access-cases.ts";
import { registerEmployer, registerSeeker } from "../testing/accounts.ts";
import { openTestApp, TEST_PASSWORD, type TestApp, type TestClient } from "../testing/app.ts";
import { testEngines } from "../testing/database.ts";
import { idNumber, staffRegistration } from "../testing/people.ts";
import { postingFields, publishedPosting } from "../testing/postings.ts";
import { mountedRoutes } from "./route.ts";

/**
 * Generated from the route table: every route that is not public refuses anonymous callers, and
 * every one of them is either proven to refuse a caller outside the record's jurisdiction below,
 * or listed with the reason it has no record jurisdiction.
 */

const OWN_ACCOUNT_ONLY: Record<string, string> = {
  "auth.logout": "ends the caller's own session",
  "auth.changePassword": "changes the caller's own password",
  "people.getOwn": "the caller's own registry record",
  "people.createOwn": "registers the caller themselves",
  "people.updateOwn": "changes the caller's own registry record",
  "people.exportOwn": "exports the caller's own registry record",
  "people.deleteOwn": "deletes the caller's own registry record",
  "matching.ownMatches": "postings matched to the caller's own registry record",
  "inbox.list": "the caller's own inbox",
  "inbox.read": "marks a message of the caller's own inbox read",
  "applications.apply": "applies with the caller's own registry record",
  "applications.listOwn": "the caller's own applications",
  "applications.withdraw": "withdraws one of the caller's own applications",
  "applications.listOwnInvitations": "the invitations sent to the caller",
  "applications.acceptInvitation": "accepts an invitation sent to the caller",
  "applications.declineInvitation": "declines an invitation sent to the caller",
  "push.getSettings": "the push settings of the caller's own registry record",
  "push.saveSettings": "changes the push settings of the caller's own registry record",
  "wages.calendar.list": "the national working calendar: holidays belong to no region",
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

/** A feed source of 昌吉市, registered by the region's administrator (once). */
async function changjiFeed(t: TestApp): Promise<void> {
  const admin = await t.as("admin");
  await admin.request("POST", "/api/v1/feed-sources", {
    name: "changji-feed",
    displayName: "昌吉市人力资源市场",
    regionCode: "652301",
  });
}

let peopleSeq = 500;

/** A person living in 昌吉市, outside Qitai, registered by the prefecture office. */
async function changjiPerson(t: TestApp): Promise<{ id: string; idNumber: string }> {
  const staff = await t.as("staff.changji");
  const id = idNumber(peopleSeq++, "19900101", "652301");
  const res = await staff.request(
    "POST",
    "/api/v1/people",
    staffRegistration({ idNumber: id, regionCode: "652301" }),
  );
  return { id: res.json().person.id, idNumber: id };
}

const outsideEmployers = new WeakSet<TestApp>();

/** An employer of another organisation in 昌吉市, outside Qitai. */
async function outsideEmployer(t: TestApp): Promise<TestClient> {
  if (outsideEmployers.has(t)) return t.as("hr.outside");
  outsideEmployers.add(t);
  return registerEmployer(t, "hr.outside", "MA7ABC09", "652301");
}

/** An application of a seeker of 昌吉市 to a published posting of the demo employer there. */
async function changjiApplication(t: TestApp): Promise<{ id: string; postingId: string }> {
  const n = peopleSeq++;
  const postingId = await publishedPosting(t, { title: `测试岗位${n}` });
  const seeker = await registerSeeker(t, `access.seeker${n}`, {
    fields: { idNumber: idNumber(n, "19900101", "652301"), regionCode: "652301" },
  });
  const res = await seeker.client.request("POST", `/api/v1/job-postings/${postingId}/apply`);
  return { id: res.json().application.id, postingId };
}

/** The id of a shipped plan. */
async function planId(t: TestApp, key: string): Promise<string> {
  const row = await t.deps.db
    .selectFrom("plans")
    .select("id")
    .where("key", "=", key)
    .executeTakeFirstOrThrow();
  return row.id;
}

const OUTSIDE: Record<string, OutsideCase> = {
  "applications.listForPosting": async (t, { staff }) => {
    const { postingId } = await changjiApplication(t);
    for (const outsider of [staff, await outsideEmployer(t)]) {
      const res = await outsider.request("GET", `/api/v1/job-postings/${postingId}/applications`);
      expect(res.statusCode).toBe(403);
    }
  },
  "applications.listForEmployer": async (t) => {
    const { id } = await changjiApplication(t);
    const ids = async (client: TestClient) =>
      (await client.request("GET", "/api/v1/employer/applications"))
        .json()
        .items.map((a: { id: string }) => a.id);
    expect(await ids(await t.as("employer.demo"))).toContain(id);
    expect(await ids(await outsideEmployer(t))).not.toContain(id);
  },
  "applications.changeStatus": async (t, { staff }) => {
    const { id } = await changjiApplication(t);
    for (const outsider of [staff, await outsideEmployer(t)]) {
      const res = await outsider.request("POST", `/api/v1/applications/${id}/status`, {
        status: "interview",
      });
      expect(res.statusCode).toBe(403);
    }
  },
  "applications.invite": async (t, { staff }) => {
    const postingId = await publishedPosting(t, { title: `测试岗位${peopleSeq++}` });
    const { id } = await changjiPerson(t);
    for (const outsider of [staff, await outsideEmployer(t)]) {
      const res = await outsider.request("POST", `/api/v1/job-postings/${postingId}/invitations`, {
        personId: id,
      });
      expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
    }
  },
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
  "jobs.listFeedSources": async (t, { admin }) => {
    await changjiFeed(t);
    const res = await admin.request("GET", "/api/v1/feed-sources");
    expect(res.json().items.map((s: { name: string }) => s.name)).not.toContain("changji-feed");
  },
  "jobs.rotateFeedToken": async (t, { admin }) => {
    await changjiFeed(t);
    expect((await admin.request("POST", "/api/v1/feed-sources/changji-feed/token")).statusCode).toBe(403);
  },
  "jobs.revokeFeedSource": async (t, { admin }) => {
    await changjiFeed(t);
    expect((await admin.request("POST", "/api/v1/feed-sources/changji-feed/revoke")).statusCode).toBe(403);
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
  "people.create": async (_t, { staff }) => {
    const res = await staff.request("POST", "/api/v1/people", staffRegistration({ regionCode: "652301" }));
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "people.list": async (t, { staff }) => {
    const { id } = await changjiPerson(t);
    const res = await staff.request("GET", "/api/v1/people?limit=200");
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { id: string }) => p.id)).not.toContain(id);
    expect((await staff.request("GET", "/api/v1/people?region=652301")).statusCode).toBe(403);
  },
  "people.find": async (t, { staff }) => {
    const person = await changjiPerson(t);
    const res = await staff.request("POST", "/api/v1/people/find", { idNumber: person.idNumber });
    expect(res.json().items).toEqual([]);
    const prefecture = await t.as("staff.changji");
    const found = await prefecture.request("POST", "/api/v1/people/find", { idNumber: person.idNumber });
    expect(found.json().items.map((p: { id: string }) => p.id)).toEqual([person.id]);
  },
  "people.get": async (t, { staff }) => {
    expect((await staff.request("GET", `/api/v1/people/${(await changjiPerson(t)).id}`)).statusCode).toBe(
      403,
    );
  },
  "people.update": async (t, { staff }) => {
    const { id, idNumber: number } = await changjiPerson(t);
    const res = await staff.request("PUT", `/api/v1/people/${id}`, {
      ...staffRegistration({ idNumber: number, regionCode: "652325" }),
    });
    expect(res.statusCode).toBe(403);
  },
  "people.reveal": async (t, { staff }) => {
    const res = await staff.request("POST", `/api/v1/people/${(await changjiPerson(t)).id}/reveal`, {
      fields: ["idNumber"],
      reason: "查看",
    });
    expect(res.statusCode).toBe(403);
  },
  "people.erase": async (t, { staff }) => {
    const res = await staff.request("POST", `/api/v1/people/${(await changjiPerson(t)).id}/erase`, {
      reason: "申请注销",
    });
    expect(res.statusCode).toBe(403);
  },
  "people.createHousehold": async (_t, { staff }) => {
    const res = await staff.request("POST", "/api/v1/households", {
      regionCode: "652301",
      reference: "CJ-1",
    });
    expect(res.statusCode).toBe(403);
  },
  "people.zeroEmploymentHouseholds": async (t, { staff }) => {
    const prefecture = await t.as("staff.changji");
    const household = (
      await prefecture.request("POST", "/api/v1/households", { regionCode: "652301", reference: "CJ-Z" })
    ).json().household.id;
    await prefecture.request(
      "POST",
      "/api/v1/people",
      staffRegistration(
        { idNumber: idNumber(peopleSeq++, "19900101", "652301"), regionCode: "652301" },
        { householdId: household },
      ),
    );
    const seen = (await prefecture.request("GET", "/api/v1/households/zero-employment")).json().items;
    expect(seen.map((h: { id: string }) => h.id)).toContain(household);
    const res = await staff.request("GET", "/api/v1/households/zero-employment");
    expect(res.json().items.map((h: { id: string }) => h.id)).not.toContain(household);
  },
  "people.changeStatus": async (t, { staff }) => {
    const res = await staff.request("POST", `/api/v1/people/${(await changjiPerson(t)).id}/status`, {
      status: "employed_stable",
    });
    expect(res.statusCode).toBe(403);
  },
  "people.recordContact": async (t, { staff }) => {
    const res = await staff.request("POST", `/api/v1/people/${(await changjiPerson(t)).id}/contacts`, {
      channel: "phone",
    });
    expect(res.statusCode).toBe(403);
  },
  "people.followUps": async (_t, { staff }) => {
    expect((await staff.request("GET", "/api/v1/people/follow-ups?region=652301")).statusCode).toBe(403);
  },
  "people.getSettings": async (_t, { staff }) => {
    expect((await staff.request("GET", "/api/v1/people/settings?region=652301")).statusCode).toBe(403);
  },
  "people.saveSettings": async (_t, { admin }) => {
    const res = await admin.request("PUT", "/api/v1/people/settings/652301", {
      stableDays: 90,
      flexibleDays: 30,
      unemployedDays: 7,
      sampleShare: 0.1,
    });
    expect(res.statusCode).toBe(403);
  },
  "people.check": async (t, { staff }) => {
    const res = await staff.request("POST", `/api/v1/people/${(await changjiPerson(t)).id}/check`, {
      action: "check",
    });
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "people.drawSample": async (_t, { staff }) => {
    const res = await staff.request("POST", "/api/v1/people/samples", {
      regionCode: "652301",
      period: "2026",
    });
    expect(res.statusCode).toBe(403);
  },
  "people.startImport": async (t, { staff }) => {
    const csv = `姓名,公民身份号码,居住地区代码,就业状态\n某人,${idNumber(peopleSeq++, "19900101", "652301")},652301,失业\n`;
    const res = await staff.request(
      "POST",
      "/api/v1/people/imports?format=csv&consentCollectedBy=qitai&consentPurpose=services",
      csv,
      { "content-type": "text/csv" },
    );
    await t.deps.tasks.runDue();
    const done = await staff.request("GET", `/api/v1/people/imports/${res.json().import.id}`);
    expect(done.json().import.errors).toEqual([
      { row: 2, column: "居住地区代码", message: "outside your jurisdiction" },
    ]);
  },
  "people.getImport": async (t, { staff }) => {
    const prefecture = await t.as("staff.changji");
    const res = await prefecture.request(
      "POST",
      "/api/v1/people/imports?format=csv&dryRun=true&consentCollectedBy=changji&consentPurpose=services",
      "姓名\n",
      { "content-type": "text/csv" },
    );
    expect((await staff.request("GET", `/api/v1/people/imports/${res.json().import.id}`)).statusCode).toBe(
      404,
    );
  },
  "matching.personMatches": async (t, { staff }) => {
    const res = await staff.request("GET", `/api/v1/people/${(await changjiPerson(t)).id}/matches`);
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "matching.postingCandidates": async (t, { staff }) => {
    const postingId = await publishedPosting(t, { title: `推荐测试${peopleSeq++}` });
    for (const outsider of [staff, await outsideEmployer(t)]) {
      const res = await outsider.request("GET", `/api/v1/job-postings/${postingId}/candidates`);
      expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
    }
  },
  "push.sendGroup": async (t, { staff }) => {
    const postingId = await publishedPosting(t, { title: `推送测试${peopleSeq++}` });
    const res = await staff.request("POST", "/api/v1/push/group", {
      postingIds: [postingId],
      filter: { regionCode: "652301" },
      dryRun: true,
    });
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "push.listRuns": async (t, { admin, staff }) => {
    const postingId = await publishedPosting(t, { title: `推送测试${peopleSeq++}` });
    const prefecture = await t.as("staff.changji");
    const sent = await prefecture.request("POST", "/api/v1/push/group", {
      postingIds: [postingId],
      filter: { regionCode: "652301" },
    });
    expect(sent.statusCode).toBe(200);
    const kinds = (res: { json(): { items: { kind: string }[] } }) => res.json().items.map((r) => r.kind);
    expect(kinds(await prefecture.request("GET", "/api/v1/push/runs"))).toContain("group");
    for (const outsider of [staff, admin])
      expect(kinds(await outsider.request("GET", "/api/v1/push/runs"))).not.toContain("group");
  },
  "targets.listPlans": async (_t, { staff }) => {
    const keys = (await staff.request("GET", "/api/v1/plans"))
      .json()
      .items.map((p: { key: string }) => p.key);
    expect(keys).toContain("changji-2026");
    expect(keys).not.toContain("shache-2024");
  },
  "targets.getPlan": async (t, { staff }) => {
    const plan = (await staff.request("GET", `/api/v1/plans/${await planId(t, "changji-2026")}`)).json();
    expect(plan.tables[0].rows.map((r: { region: { code: string } }) => r.region.code)).toEqual(["652325"]);
    expect((await staff.request("GET", `/api/v1/plans/${await planId(t, "shache-2024")}`)).statusCode).toBe(
      403,
    );
  },
  "targets.planTasks": async (t, { staff }) => {
    const tasks = (
      await staff.request("GET", `/api/v1/plans/${await planId(t, "changji-2026")}/tasks`)
    ).json();
    expect(tasks.departments).toEqual([]);
    expect(tasks.regions.map((r: { region: { code: string } }) => r.region.code)).toEqual(["652325"]);
    const shache = await staff.request("GET", `/api/v1/plans/${await planId(t, "shache-2024")}/tasks`);
    expect(shache.statusCode).toBe(403);
  },
  "targets.progress": async (t, { staff }) => {
    const progress = (
      await staff.request("GET", `/api/v1/plans/${await planId(t, "changji-2026")}/progress`)
    ).json();
    expect(progress.rows.map((r: { region: { code: string } }) => r.region.code)).toEqual(["652325"]);
    const shache = await staff.request("GET", `/api/v1/plans/${await planId(t, "shache-2024")}/progress`);
    expect(shache.statusCode).toBe(403);
  },
  "targets.saveWeights": async (t, { admin }) => {
    const res = await admin.request("PUT", `/api/v1/plans/${await planId(t, "changji-2026")}/weights`, {
      weights: {},
    });
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "targets.exportPlan": async (t, { staff }) => {
    const res = await staff.request("GET", `/api/v1/plans/${await planId(t, "changji-2026")}/export.xlsx`);
    const { tables } = await readTargetWorkbook(res.rawPayload);
    expect(tables[0]?.rows.map((r) => r.label)).toEqual(["奇台县"]);
    const shache = await staff.request("GET", `/api/v1/plans/${await planId(t, "shache-2024")}/export.xlsx`);
    expect(shache.statusCode).toBe(403);
  },
  "targets.submitReport": async (t, { staff }) => {
    const res = await staff.request("POST", `/api/v1/plans/${await planId(t, "changji-2026")}/reports`, {
      period: "2026-01",
      regionCode: "652301",
      values: [],
    });
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "targets.reviewReport": async (t, { staff }) => {
    const plan = await planId(t, "changji-2026");
    const prefecture = await t.as("staff.changji");
    const sent = await prefecture.request("POST", `/api/v1/plans/${plan}/reports`, {
      period: "2026-01",
      regionCode: "652301",
      values: [{ indicator: "urban_new_jobs", value: 300 }],
    });
    expect(sent.statusCode).toBe(201);
    const res = await staff.request("POST", `/api/v1/plans/${plan}/reports/${sent.json().report.id}/review`, {
      action: "approve",
    });
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "targets.listReports": async (t, { staff }) => {
    const res = await staff.request(
      "GET",
      `/api/v1/plans/${await planId(t, "changji-2026")}/reports?period=2026-01`,
    );
    expect(res.json().items.map((i: { reporter: { id: string } }) => i.reporter.id)).toEqual(["652325"]);
  },
  // Bulletins rank every county of a plan: a county office reads its plan, not its bulletins.
  "bulletins.list": async (t, { staff }) => {
    const res = await staff.request("GET", `/api/v1/plans/${await planId(t, "changji-2026")}/bulletins`);
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "bulletins.generate": async (t, { staff }) => {
    const plan = await planId(t, "changji-2026");
    const res = await staff.request("POST", `/api/v1/plans/${plan}/bulletins`, { kind: "weekly" });
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  "bulletins.download": async (t, { staff }) => {
    const plan = await planId(t, "changji-2026");
    const made = await (await t.as("leader.changji")).request("POST", `/api/v1/plans/${plan}/bulletins`, {
      kind: "monthly",
    });
    const res = await staff.request("GET", `/api/v1/bulletins/${made.json().bulletin.id}/pdf`);
    expect(res.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
  },
  ...WAGE_OUTSIDE_CASES,
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
