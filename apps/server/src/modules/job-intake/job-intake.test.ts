import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { writeXlsx } from "../../lib/tabular.ts";
import { demoCreditCode } from "../../seed/demo.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { postingFields } from "../../testing/postings.ts";
import { TEMPLATE_COLUMNS } from "./job-intake.template.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe.each(testEngines())("job intake on %s", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let token: string;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  const employer = { name: "奇台县某建筑工程有限公司", creditCode: demoCreditCode("652325", "MA7JW001") };
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    admin = await t.as("admin");
    const made = await admin.request("POST", "/api/v1/feed-sources", {
      name: "qitai-hr",
      displayName: "奇台县人力资源市场",
      regionCode: "652325",
      refreshDays: 7,
      autoPublish: true,
    });
    expect(made.statusCode).toBe(201);
    token = made.json().token;
  });
  afterAll(async () => t?.close());

  const feed = (items: unknown[], auth = `Bearer ${token}`) =>
    t.client().request("POST", "/api/v1/job-postings/batch", { items }, { authorization: auth });

  it("refuses a feed without its token", async () => {
    const res = await feed([{}], "Bearer nope");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("JOBS_FEED_TOKEN_INVALID");
  });

  it("upserts feed items idempotently, locating every bad item and keeping the good ones", async () => {
    const good = { ...postingFields(), sourceId: "A-1", employer };
    const items = [
      good,
      { ...postingFields({ title: "砌筑工" }), sourceId: "A-2", employer },
      { ...postingFields({ salaryMin: -1 }), sourceId: "A-3", employer },
      { ...postingFields(), sourceId: "A-4", employer: { ...employer, creditCode: "91652325MA7JW001X0" } },
      { ...postingFields({ regionCode: "652301" }), sourceId: "A-5", employer },
      { ...postingFields({ title: "保洁员", requirements: "限女性" }), sourceId: "A-6", employer },
    ];
    const first = (await feed(items)).json();
    expect(first).toMatchObject({ received: 6, created: 3, rejected: 3 });
    expect(first.outcomes[2].errors).toEqual([expect.objectContaining({ path: "$.items[2].salaryMin" })]);
    expect(first.outcomes[3].errors).toEqual([
      { path: "$.items[3].employer.creditCode", message: "fails the GB 32100 check" },
    ]);
    expect(first.outcomes[4].errors).toEqual([
      { path: "$.items[4].regionCode", message: "outside this source's region" },
    ]);
    expect(first.outcomes[0]).toMatchObject({ result: "created", status: "published" });
    expect(first.outcomes[5]).toMatchObject({ result: "created", status: "draft" });
    expect(first.outcomes[5].findings[0]).toMatchObject({ category: "gender", severity: "block" });

    const again = (await feed(items.slice(0, 2))).json();
    expect(again).toMatchObject({ unchanged: 2, created: 0, updated: 0 });
    const changed = (await feed([{ ...good, salaryMax: 9000 }])).json();
    expect(changed.outcomes[0]).toMatchObject({ result: "updated", postingId: first.outcomes[0].postingId });
    const org = await t.deps.db
      .selectFrom("organisations")
      .select("verified")
      .where("credit_code", "=", employer.creditCode)
      .executeTakeFirstOrThrow();
    expect(org.verified).toBe(false);
  });

  it("merges the same posting from another source, keeping both sources", async () => {
    const staff = await t.as("staff.qitai");
    const csv = [
      TEMPLATE_COLUMNS.map((c) => c.header).join(","),
      [
        "",
        " 钢筋工 ",
        "负责住宅楼钢筋绑扎与安装，工地提供住宿，工资按月发放。",
        "",
        employer.name,
        employer.creditCode,
        "",
        "E",
        "652325",
        "",
        "",
        "",
        "10",
        "6000",
        "8000",
        "月",
        "全职",
        "不限",
        "",
        "包吃住",
        "2026-12-31",
        "电话报名",
      ].join(","),
    ].join("\n");
    const started = await staff.request(
      "POST",
      "/api/v1/job-postings/imports?format=csv&fileName=a.csv&source=qitai-fair",
      csv,
      {
        "content-type": "text/csv",
      },
    );
    expect(started.statusCode).toBe(202);
    await t.deps.tasks.runDue();
    const done = (
      await staff.request("GET", `/api/v1/job-postings/imports/${started.json().import.id}`)
    ).json().import;
    expect(done).toMatchObject({ status: "done", totalRows: 1, processedRows: 1, summary: { merged: 1 } });
    const sources = await t.deps.db
      .selectFrom("job_posting_sources as s")
      .innerJoin("job_postings as p", "p.id", "s.posting_id")
      .select(["s.source", "s.source_id"])
      .where("p.title", "=", "钢筋工")
      .execute();
    expect(sources.map((r) => r.source).sort()).toEqual(["qitai-fair", "qitai-hr"]);
  });

  it("clusters a near-duplicate from another employer and shows it as also published by", async () => {
    const agency = { name: "奇台县某劳务派遣有限公司", creditCode: demoCreditCode("652325", "MA7LW001") };
    const description =
      "负责住宅楼钢筋绑扎与安装，工地提供住宿，工资按月发放，长期稳定，欢迎有经验的师傅报名。";
    const res = await feed([
      { ...postingFields({ title: "钢筋工（长期）", description }), sourceId: "C-1", employer },
      {
        ...postingFields({ title: "招钢筋工", description: `${description}电话联系。` }),
        sourceId: "C-2",
        employer: agency,
      },
      {
        ...postingFields({ title: "收银员", description: "超市收银，早晚两班倒，月休四天，工资按月发放。" }),
        sourceId: "C-3",
        employer: agency,
      },
    ]);
    const [a, b, c] = res.json().outcomes.map((o: { postingId: string }) => o.postingId);
    const view = (await t.client().request("GET", `/api/v1/job-postings/${a}`)).json().posting;
    // The earlier 钢筋工 of the same employer, with nearly the same text, is in the cluster too.
    expect(view.alsoPublishedBy).toEqual(
      expect.arrayContaining([{ postingId: b, employerName: agency.name, source: "qitai-hr" }]),
    );
    expect(view.alsoPublishedBy.map((p: { postingId: string }) => p.postingId)).not.toContain(c);
    const unrelated = (await t.client().request("GET", `/api/v1/job-postings/${c}`)).json().posting;
    expect(unrelated.alsoPublishedBy).toEqual([]);
  });

  it("imports an .xlsx file with located row errors, and re-importing it changes nothing", async () => {
    const staff = await t.as("staff.qitai");
    const headers = TEMPLATE_COLUMNS.map((c) => c.header);
    const row = (title: string, overrides: Record<string, string | number> = {}) =>
      TEMPLATE_COLUMNS.map((c) =>
        c.header in overrides
          ? (overrides[c.header] ?? "")
          : c.field === "title"
            ? title
            : c.field === "employer.creditCode"
              ? employer.creditCode
              : c.field === "occupationCode"
                ? ""
                : c.example,
      );
    const file = await writeXlsx("岗位", headers, [
      row("挖掘机司机", { 来源编号: "" }),
      row("装载机司机", { 来源编号: "", 最低薪酬: "面议" }),
      row("叉车司机", { 来源编号: "", 薪酬单位: "周" }),
      row("塔吊司机", { 来源编号: "", 工作地区代码: "652301" }),
    ]);
    const upload = (dryRun: boolean) =>
      staff.request(
        "POST",
        `/api/v1/job-postings/imports?format=xlsx&fileName=b.xlsx&dryRun=${dryRun}`,
        file,
        { "content-type": XLSX },
      );
    const dry = await upload(true);
    await t.deps.tasks.runDue();
    const dryResult = (
      await staff.request("GET", `/api/v1/job-postings/imports/${dry.json().import.id}`)
    ).json().import;
    expect(dryResult.summary).toMatchObject({ created: 1, rejected: 3 });
    expect(dryResult.errors).toEqual([
      expect.objectContaining({ row: 3, column: "最低薪酬" }),
      expect.objectContaining({ row: 4, column: "薪酬单位" }),
      { row: 5, column: "工作地区代码", message: "outside this source's region" },
    ]);
    expect(
      await t.deps.db
        .selectFrom("job_postings")
        .select("id")
        .where("title", "=", "挖掘机司机")
        .executeTakeFirst(),
    ).toBeUndefined();

    const real = await upload(false);
    await t.deps.tasks.runDue();
    expect(
      (await staff.request("GET", `/api/v1/job-postings/imports/${real.json().import.id}`)).json().import
        .summary,
    ).toMatchObject({ created: 1, rejected: 3 });
    const repeat = await upload(false);
    await t.deps.tasks.runDue();
    expect(
      (await staff.request("GET", `/api/v1/job-postings/imports/${repeat.json().import.id}`)).json().import
        .summary,
    ).toMatchObject({ created: 0, unchanged: 1 });
    const other = await t.as("staff.changji");
    expect(
      (await other.request("GET", `/api/v1/job-postings/imports/${repeat.json().import.id}`)).statusCode,
    ).toBe(404);
  });

  it("offers the import template and a public law check", async () => {
    const template = await t.client().request("GET", "/api/v1/job-postings/import-template?format=csv");
    expect(template.headers["content-type"]).toMatch(/text\/csv/);
    expect(template.body).toContain("岗位名称");
    const check = await t.client().request("POST", "/api/v1/job-postings/check", {
      title: "服务员",
      description: "限 男 性，需交押金200元",
    });
    expect(
      check
        .json()
        .findings.map((f: { category: string }) => f.category)
        .sort(),
    ).toEqual(expect.arrayContaining(["fees_deposit", "gender"]));
  });
  it("lists feed sources with when they last sent, rotates a token and revokes a source", async () => {
    const made = (
      await admin.request("POST", "/api/v1/feed-sources", {
        name: "jimusaer-fair",
        displayName: "吉木萨尔县招聘会",
        regionCode: "652327",
      })
    ).json();
    const send = (auth: string, sourceId: string) =>
      t
        .client()
        .request(
          "POST",
          "/api/v1/job-postings/batch",
          { items: [{ ...postingFields({ regionCode: "652327" }), sourceId, employer }] },
          { authorization: `Bearer ${auth}` },
        );
    expect((await send(made.token, "J-1")).statusCode).toBe(200);
    const listed = (await admin.request("GET", "/api/v1/feed-sources")).json().items;
    const mine = listed.find((s: { name: string }) => s.name === "jimusaer-fair");
    expect(mine).toMatchObject({
      regionCode: "652327",
      revokedAt: null,
      lastReceivedAt: clock.now().toISOString(),
    });
    expect(listed.find((s: { name: string }) => s.name === "qitai-hr").lastReceivedAt).not.toBeNull();

    const rotated = await admin.request("POST", "/api/v1/feed-sources/jimusaer-fair/token");
    expect(rotated.statusCode).toBe(200);
    expect((await send(made.token, "J-2")).statusCode).toBe(401);
    expect((await send(rotated.json().token, "J-2")).statusCode).toBe(200);

    const revoked = await admin.request("POST", "/api/v1/feed-sources/jimusaer-fair/revoke");
    expect(revoked.json().source.revokedAt).toBe(clock.now().toISOString());
    expect((await send(rotated.json().token, "J-3")).statusCode).toBe(401);
    expect((await admin.request("POST", "/api/v1/feed-sources/nobody/revoke")).statusCode).toBe(404);
    // what it sent stays
    const kept = await t.deps.db
      .selectFrom("job_posting_sources")
      .select("source_id")
      .where("source", "=", "jimusaer-fair")
      .orderBy("source_id")
      .execute();
    expect(kept.map((r) => r.source_id)).toEqual(["J-1", "J-2"]);
  });
});
