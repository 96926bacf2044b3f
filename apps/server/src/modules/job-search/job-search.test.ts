import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { demoCreditCode } from "../../seed/demo.ts";
import { openTestApp, type TestApp } from "../../testing/app.ts";
import { compileOnlyDb, sqlText } from "../../testing/compile.ts";
import { testEngines } from "../../testing/database.ts";
import { postingFields } from "../../testing/postings.ts";
import { matchesQuery, matchWindowQuery, type SearchFilter } from "./job-search.repo.ts";
import { COUNT_CAP } from "./job-search.service.ts";

describe.each(testEngines())("job search on %s", (engine) => {
  let t: TestApp;
  const clock = fixedClock("2026-06-10T02:00:00Z");
  const employerA = { name: "奇台县某建筑工程有限公司", creditCode: demoCreditCode("652325", "MA7JW101") };
  const employerB = { name: "昌吉市某物业服务有限公司", creditCode: demoCreditCode("652301", "MA7WY101") };
  const search = async (query: string) =>
    (await t.client().request("GET", `/api/v1/job-postings?${query}`)).json();

  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    const admin = await t.as("admin");
    const token = (
      await admin.request("POST", "/api/v1/feed-sources", {
        name: "region-feed",
        displayName: "全区平台",
        regionCode: "650000",
        autoPublish: true,
      })
    ).json().token;
    const items = [
      { ...postingFields({ title: "钢筋工", salaryMax: 9000 }), sourceId: "1", employer: employerA },
      {
        ...postingFields({
          title: "砌筑工",
          description: "砌筑砖墙，按日结算工资，包吃住。",
          requirements: "能吃苦耐劳",
          salaryMin: 300,
          salaryMax: 350,
          salaryUnit: "day",
          employmentType: "gig",
        }),
        sourceId: "2",
        employer: employerA,
      },
      {
        ...postingFields({
          title: "保洁员",
          description: "小区公共区域保洁，五险一金，双休。",
          requirements: null,
          benefits: ["五险一金", "双休"],
          address: "昌吉市宁边路",
          regionCode: "652301",
          latitude: 44.01,
          longitude: 87.3,
          salaryMin: 2200,
          salaryMax: 2600,
          industryCode: "K",
        }),
        sourceId: "3",
        employer: employerB,
      },
      {
        ...postingFields({
          title: "钢筋工",
          validUntil: "2026-06-01",
          regionCode: "652302",
          latitude: 44.16,
          longitude: 87.98,
        }),
        sourceId: "4",
        employer: employerB,
      },
    ];
    const res = await t
      .client()
      .request("POST", "/api/v1/job-postings/batch", { items }, { authorization: `Bearer ${token}` });
    expect(res.json().created).toBe(4);
  });
  afterAll(async () => t?.close());

  it("finds postings by Chinese words, and never those past their valid-until date", async () => {
    const rebar = await search("q=钢筋");
    expect(rebar.items.map((p: { title: string; regionName: string }) => [p.title, p.regionName])).toEqual([
      ["钢筋工", "奇台县"],
    ]);
    expect(rebar.total).toBe(1);
    expect((await search("q=包吃住")).total).toBe(2);
    expect((await search("q=奇台")).total).toBe(2);
    expect((await search("q=五险一金 保洁")).items[0].title).toBe("保洁员");
    expect((await search("q=不存在的工种")).total).toBe(0);
    expect((await search(`q=${encodeURIComponent("钢筋'&!(:*")}`)).total).toBeLessThanOrEqual(1);
  });

  it("filters by region subtree, pay per month, type and distance, with facets", async () => {
    const changji = await search("region=652300");
    expect(changji.total).toBe(3);
    expect(changji.facets.region).toEqual(
      expect.arrayContaining([
        { value: "652325", label: "奇台县", count: 2 },
        { value: "652301", label: "昌吉市", count: 1 },
      ]),
    );
    expect((await search("region=652325&type=gig")).items.map((p: { title: string }) => p.title)).toEqual([
      "砌筑工",
    ]);
    const wellPaid = await search("salaryMin=6500&sort=pay");
    expect(wellPaid.items.map((p: { title: string }) => p.title)).toEqual(["钢筋工", "砌筑工"]);
    const near = await search("near=44.0,87.3&radiusKm=10&sort=distance");
    expect(near.items.map((p: { title: string }) => p.title)).toEqual(["保洁员"]);
    expect(near.items[0].distanceKm).toBeGreaterThan(0);
    expect(near.items[0].distanceKm).toBeLessThan(2);
  });

  it("pages with a cursor in every sort order without repeats", async () => {
    for (const sort of ["newest", "pay", "relevance"]) {
      const first = await search(`sort=${sort}&limit=2`);
      const second = await search(`sort=${sort}&limit=2&cursor=${first.nextCursor}`);
      const ids = [...first.items, ...second.items].map((p: { id: string }) => p.id);
      expect(new Set(ids).size).toBe(3);
      expect(second.nextCursor).toBeNull();
    }
  });

  it("counts postings aggregated by region and month for the plans", async () => {
    const leader = await t.as("leader.changji");
    const stats = (await leader.request("GET", "/api/v1/job-postings/stats?year=2026")).json();
    expect(stats.rows).toEqual(
      expect.arrayContaining([
        { regionCode: "652325", regionName: "奇台县", month: "2026-06", postings: 2, positions: 20 },
        { regionCode: "652301", regionName: "昌吉市", month: "2026-06", postings: 1, positions: 10 },
      ]),
    );
    const qitai = await t.as("staff.qitai");
    expect(
      (await qitai.request("GET", "/api/v1/job-postings/stats?year=2026&region=652300")).statusCode,
    ).toBe(403);
  });
});

it("keeps the SQL of search's queries in queries/job-search.sql", async () => {
  const db = compileOnlyDb();
  const filter: SearchFilter = {
    tsquery: "'钢筋工'",
    region: "652325",
    occupation: "6-29",
    industry: "E",
    salaryMin: 5000,
    type: "full_time",
    near: { lat: 44.02, lon: 89.59, radiusKm: 20 },
    publishedSince: new Date("2026-06-01T00:00:00Z"),
    today: "2026-06-10",
  };
  const textOnly: SearchFilter = {
    ...filter,
    region: null,
    occupation: null,
    industry: null,
    type: null,
    salaryMin: null,
    near: null,
    publishedSince: null,
  };
  const queries = [
    matchesQuery(db, textOnly, "relevance", null, 21),
    matchesQuery(db, filter, "distance", { value: "3.5", id: "00000000-0000-0000-0000-000000000001" }, 21),
    matchesQuery(db, { ...textOnly, tsquery: null, type: "gig", region: "652300" }, "newest", null, 21),
    matchWindowQuery(db, filter, COUNT_CAP),
  ];
  await expect(sqlText(queries)).toMatchFileSnapshot("queries/job-search.sql");
});
