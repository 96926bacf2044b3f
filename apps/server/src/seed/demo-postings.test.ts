import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../lib/clock.ts";
import { openTestApp, type TestApp } from "../testing/app.ts";
import { testEngines } from "../testing/database.ts";
import { seedDemoPostings } from "./demo-postings.ts";

describe.each(testEngines())("demo postings on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine, { clock: fixedClock("2026-03-02T02:00:00Z") });
  });
  afterAll(async () => t?.close());

  it("pass the law check, are published and found by words, type and place", async () => {
    expect(await seedDemoPostings(t.deps)).toBe(10);
    const search = async (query: string) =>
      (await t.client().request("GET", `/api/v1/job-postings?${query}`)).json();
    expect((await search("")).total).toBe(10);
    expect(
      (await search(`q=${encodeURIComponent("钢筋工")}`)).items.map((p: { title: string }) => p.title),
    ).toEqual(["钢筋工"]);
    expect((await search("type=seasonal")).items.map((p: { title: string }) => p.title)).toEqual([
      "棉花采摘季节工",
    ]);
    const qitai = await search("region=652325");
    expect(qitai.items.map((p: { title: string }) => p.title).sort()).toEqual(["化工总控工", "电焊工"]);
    // Every posting has an occupation: given, or suggested from its title.
    const all = (await search("limit=50")).items as { occupation: { code: string } | null }[];
    expect(all).toHaveLength(10);
    expect(all.filter((p) => p.occupation === null)).toEqual([]);
  });
});
