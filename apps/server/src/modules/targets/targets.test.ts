import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { publishedPosting } from "../../testing/postings.ts";
import { loadReferencePlans } from "./targets.seed.ts";

const CHANGJI_UNITS = ["652328", "652325", "652327", "652302", "652301", "652323", "652324", "652300-Z01"];

describe.each(testEngines())("plans and progress on %s", (engine) => {
  let t: TestApp;
  let leader: TestClient;
  let changji: string;
  const clock = fixedClock("2026-06-30T04:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    leader = await t.as("leader.changji");
    const plans = (await (await t.as("admin")).request("GET", "/api/v1/plans")).json().items;
    changji = plans.find((p: { key: string }) => p.key === "changji-2026").id;
  });
  afterAll(async () => t?.close());

  const count = async (table: "plans" | "plan_targets" | "plan_campaigns" | "indicators") =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("loads every shipped plan once, with Changji's 14 indicators × 8 units as written", async () => {
    const admin = await t.as("admin");
    const keys = (await admin.request("GET", "/api/v1/plans"))
      .json()
      .items.map((p: { key: string }) => p.key);
    expect(keys.sort()).toEqual([
      "changji-2026",
      "shache-2024",
      "xinjiang-2021",
      "xinjiang-2022",
      "xinjiang-2025",
    ]);

    const cells = await t.deps.db
      .selectFrom("plan_targets as t")
      .innerJoin("plans as p", "p.id", "t.plan_id")
      .select([
        "t.region_code",
        "t.indicator_code",
        "t.written",
        "t.applicable",
        "t.value",
        "t.unit",
        "t.base_value",
      ])
      .where("p.key", "=", "changji-2026")
      .where("t.table_id", "is not", null)
      .where("t.region_code", "in", CHANGJI_UNITS)
      .execute();
    expect(cells).toHaveLength(14 * 8);
    const cell = (region: string, indicator: string) =>
      cells.find((c) => c.region_code === region && c.indicator_code === indicator);
    // "/" is not applicable, not 0; 2.35 in the 万个 column is 23,500 postings.
    expect(cell("652300-Z01", "hardship_employed")).toMatchObject({
      written: "/",
      applicable: false,
      value: null,
      base_value: null,
    });
    expect(cell("652301", "posts_aggregated")).toMatchObject({ written: "2.35", unit: "万个" });
    expect(Number(cell("652301", "posts_aggregated")?.base_value)).toBe(23500);
    expect(Number(cell("652328", "posts_aggregated")?.base_value)).toBe(3500);
    expect(cells.filter((c) => !c.applicable)).toHaveLength(10);

    const before = await Promise.all([
      count("plans"),
      count("plan_targets"),
      count("plan_campaigns"),
      count("indicators"),
    ]);
    expect(await loadReferencePlans(t.deps.db, clock)).toBe(0);
    expect(
      await Promise.all([
        count("plans"),
        count("plan_targets"),
        count("plan_campaigns"),
        count("indicators"),
      ]),
    ).toEqual(before);
  });

  it("shows the prefecture every county with the 合计 row, and a county only its own row", async () => {
    const plan = (await leader.request("GET", `/api/v1/plans/${changji}`)).json();
    expect(plan.plan).toMatchObject({
      documentNumber: "昌州就劳办发〔2026〕3号",
      year: 2026,
      region: { code: "652300" },
    });
    const [table] = plan.tables;
    expect(table.columns).toHaveLength(14);
    expect(table.rows.map((r: { region: { code: string } }) => r.region.code)).toEqual([
      ...CHANGJI_UNITS,
      "652300",
    ]);
    expect(table.rows.at(-1)).toMatchObject({ label: "合计", total: true });
    const changjiCity = table.rows.find((r: { label: string }) => r.label === "昌吉市");
    const postsColumn = table.columns.findIndex(
      (c: { indicator: string }) => c.indicator === "posts_aggregated",
    );
    expect(changjiCity.cells[postsColumn]).toEqual({
      written: "2.35",
      applicable: true,
      value: 2.35,
      unit: "万个",
      baseValue: 23500,
      comparator: "exact",
      per: null,
    });
    expect(plan.goals[0]).toMatchObject({
      indicator: "urban_new_jobs",
      cell: { written: "2.32 万人", baseValue: 23200 },
    });

    const qitai = await t.as("staff.qitai");
    const own = (await qitai.request("GET", `/api/v1/plans/${changji}`)).json();
    expect(own.tables[0].rows.map((r: { label: string }) => r.label)).toEqual(["奇台县"]);
    const tasks = (await qitai.request("GET", `/api/v1/plans/${changji}/tasks`)).json();
    expect(tasks.departments).toEqual([]);
    expect(tasks.regions.map((r: { region: { code: string } }) => r.region.code)).toEqual(["652325"]);
    expect(tasks.regions[0].tasks[1].targets).toEqual([
      {
        indicator: "wage_alert_disposal_rate",
        cell: expect.objectContaining({ written: "不低于 98%", value: 98 }),
      },
    ]);
    expect(new Set(tasks.campaigns.map((c: { no: number }) => c.no)).size).toBe(24);
  });

  it("shows a department its own tasks and figures only", async () => {
    const hrss = await t.as("dept.hrss");
    const plans = (await hrss.request("GET", "/api/v1/plans"))
      .json()
      .items.map((p: { key: string }) => p.key);
    expect(plans).toEqual(["changji-2026"]);
    const tasks = (await hrss.request("GET", `/api/v1/plans/${changji}/tasks`)).json();
    expect(tasks.departments.map((d: { department: { name: string } }) => d.department.name)).toEqual([
      "人力资源和社会保障局",
    ]);
    expect(tasks.departments[0].tasks.flatMap((x: { targets: unknown[] }) => x.targets)).toEqual([
      {
        indicator: "training_persons",
        cell: expect.objectContaining({ written: "5712人", baseValue: 5712 }),
      },
    ]);
    expect(tasks.regions).toEqual([]);
    expect((await hrss.request("GET", `/api/v1/plans/${changji}`)).json().tables[0].rows).toEqual([]);
    const others = (await leader.request("GET", `/api/v1/plans/${changji}/tasks`)).json();
    expect(others.departments).toHaveLength(39);
  });

  it("counts collected postings against 序时进度 and ranks on the weights set", async () => {
    await publishedPosting(t, { title: "焊工" });
    await publishedPosting(t, { title: "电工" });
    const qitai = await t.as("staff.qitai");
    const reported = await qitai.request("POST", `/api/v1/plans/${changji}/reports`, {
      period: "2026-05",
      values: [{ indicator: "urban_new_jobs", value: 1500 }],
    });
    expect(reported.statusCode).toBe(201);

    const progress = (await leader.request("GET", `/api/v1/plans/${changji}/progress?on=2026-06-30`)).json();
    expect(progress.timeProgress).toBeCloseTo(181 / 365, 10);
    const column = (code: string) => progress.indicators.findIndex((i: { code: string }) => i.code === code);
    const row = (code: string) =>
      progress.rows.find((r: { region: { code: string } }) => r.region.code === code);
    const posts = row("652301").cells[column("posts_aggregated")];
    expect(posts.actual).toEqual({ value: 2, source: "computed", period: null, asOf: "2026-06-30" });
    expect(posts.completion).toBeCloseTo(2 / 23500, 12);
    expect(posts.light).toBe("red");
    expect(row("652300").cells[column("posts_aggregated")].actual.value).toBe(2);
    // Qitai's May report: 1500 of 3500 by 31 May (151 of 365 days) is ahead.
    const jobs = row("652325").cells[column("urban_new_jobs")];
    expect(jobs).toMatchObject({
      actual: { value: 1500, source: "reported", period: "2026-05", asOf: "2026-05-31" },
      met: false,
      light: "green",
    });
    expect(jobs.completion).toBeCloseTo(1500 / 3500, 12);
    expect(jobs.timeProgress).toBeCloseTo(151 / 365, 12);
    expect(row("652300-Z01").cells[column("hardship_employed")]).toMatchObject({
      target: { written: "/", applicable: false },
      actual: null,
      light: null,
    });
    const ranked = progress.rankings.indicators.find(
      (r: { indicator: string }) => r.indicator === "urban_new_jobs",
    );
    expect(ranked.items[0]).toMatchObject({ region: { code: "652325" }, rank: 1 });
    expect(ranked.items.filter((r: { rank: number | null }) => r.rank === null)).toHaveLength(7);
    expect(progress.rankings.overall.every((r: { rank: number | null }) => r.rank === null)).toBe(true);

    // Weights: only new urban jobs counts overall; the others are left out with weight 0.
    const others = progress.indicators
      .map((i: { code: string }) => i.code)
      .filter((c: string) => c !== "urban_new_jobs");
    const weights = Object.fromEntries(others.map((c: string) => [c, 0]));
    const refused = await (await t.as("staff.changji")).request("PUT", `/api/v1/plans/${changji}/weights`, {
      weights,
    });
    expect(refused.statusCode).toBe(403);
    const unknown = await leader.request("PUT", `/api/v1/plans/${changji}/weights`, {
      weights: { no_such: 1 },
    });
    expect(unknown.json().error).toMatchObject({
      code: "TARGETS_UNKNOWN_INDICATOR",
      details: [{ path: "$.weights.no_such", message: "not an indicator of this plan" }],
    });
    const saved = await leader.request("PUT", `/api/v1/plans/${changji}/weights`, {
      weights,
      marginPoints: 3,
    });
    expect(saved.json().plan).toMatchObject({ marginPoints: 3, weights: { posts_aggregated: 0 } });
    const weighted = (await leader.request("GET", `/api/v1/plans/${changji}/progress?on=2026-06-30`)).json();
    expect(weighted.rankings.overall[0]).toMatchObject({ region: { code: "652325" }, rank: 1 });
    expect(weighted.rankings.overall[0].score).toBeCloseTo(1500 / 3500 - 151 / 365, 12);

    // 合计 sums the counties' reported values once every one of them has reported.
    expect(row("652300").cells[column("urban_new_jobs")].actual).toBeNull();
    const prefecture = await t.as("staff.changji");
    for (const code of CHANGJI_UNITS.filter((c) => c !== "652325")) {
      const res = await prefecture.request("POST", `/api/v1/plans/${changji}/reports`, {
        period: "2026-05",
        regionCode: code,
        values: [{ indicator: "urban_new_jobs", value: 1000 }],
      });
      expect(res.statusCode).toBe(201);
    }
    const summed = (await leader.request("GET", `/api/v1/plans/${changji}/progress?on=2026-06-30`)).json();
    const total = summed.rows.find((r: { total: boolean }) => r.total).cells[column("urban_new_jobs")];
    expect(total.actual).toEqual({ value: 8500, source: "reported", period: null, asOf: "2026-05-31" });
    expect(total.completion).toBeCloseTo(8500 / 23200, 12);
    // Only new urban jobs weighs: 木垒 has twice its target, 呼图壁 and 玛纳斯 tie (1000 of 2900 each).
    expect(
      summed.rankings.overall.map((r: { region: { code: string }; rank: number }) => [r.region.code, r.rank]),
    ).toEqual([
      ["652328", 1],
      ["652325", 2],
      ["652327", 3],
      ["652302", 4],
      ["652323", 5],
      ["652324", 5],
      ["652300-Z01", 7],
      ["652301", 8],
    ]);

    const own = (await qitai.request("GET", `/api/v1/plans/${changji}/progress?on=2026-06-30`)).json();
    expect(own.rows.map((r: { region: { code: string } }) => r.region.code)).toEqual(["652325"]);
    expect(own.rankings.overall.map((r: { region: { code: string } }) => r.region.code)).toEqual(["652325"]);
  });
});
