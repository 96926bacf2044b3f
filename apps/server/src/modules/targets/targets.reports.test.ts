import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { publishedPosting } from "../../testing/postings.ts";

describe.each(testEngines())("plan reports on %s", (engine) => {
  let t: TestApp;
  let qitai: TestClient;
  let prefecture: TestClient;
  let plan: string;
  const clock = fixedClock("2026-06-10T04:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    qitai = await t.as("staff.qitai");
    prefecture = await t.as("staff.changji");
    const plans = (await prefecture.request("GET", "/api/v1/plans")).json().items;
    plan = plans.find((p: { key: string }) => p.key === "changji-2026").id;
  });
  afterAll(async () => t?.close());

  const submit = (client: TestClient, body: object) =>
    client.request("POST", `/api/v1/plans/${plan}/reports`, body);
  const review = (client: TestClient, id: string, body: object) =>
    client.request("POST", `/api/v1/plans/${plan}/reports/${id}/review`, body);

  it("refuses values it cannot take, each with its place", async () => {
    const res = await submit(qitai, {
      period: "2026-05",
      values: [
        { indicator: "posts_aggregated", value: 100 },
        { indicator: "training_persons", value: 10 },
        { indicator: "wage_alert_disposal_rate", value: 101 },
        { indicator: "urban_new_jobs", value: 1 },
        { indicator: "urban_new_jobs", value: 2 },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([
      { path: "$.values[0].indicator", message: "counted by the platform from its records, not reported" },
      { path: "$.values[1].indicator", message: "no target of the reporter's for this indicator" },
      { path: "$.values[2].value", message: "a rate of at most 100" },
      { path: "$.values[4].indicator", message: "given twice" },
    ]);
    const quarter = await submit(qitai, { period: "2026-Q2", values: [] });
    expect(quarter.json().error).toMatchObject({
      code: "TARGETS_WRONG_PERIOD",
      details: [{ path: "$.period" }],
    });
    const future = await submit(qitai, { period: "2026-07", values: [] });
    expect(future.json().error.code).toBe("TARGETS_WRONG_PERIOD");
    const own = await submit(prefecture, { period: "2026-05", regionCode: "652300", values: [] });
    expect(own.json().error.code).toBe("TARGETS_NOT_A_REPORTER");
    const outside = await submit(qitai, { period: "2026-05", regionCode: "652301", values: [] });
    expect(outside.statusCode).toBe(403);
  });

  it("takes a county's monthly report through draft, return, correction and approval", async () => {
    await publishedPosting(t, { title: "叉车司机", regionCode: "652325" });
    const draft = await submit(qitai, {
      period: "2026-05",
      values: [{ indicator: "urban_new_jobs", value: 1200 }],
      draft: true,
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().report).toMatchObject({ status: "draft", deadline: "2026-06-20", submittedAt: null });

    const sent = await submit(qitai, {
      period: "2026-05",
      values: [
        { indicator: "urban_new_jobs", value: 1300 },
        { indicator: "wage_alert_disposal_rate", value: 98.5 },
      ],
    });
    const report = sent.json().report;
    expect(report).toMatchObject({
      status: "submitted",
      late: false,
      reporter: { kind: "region", id: "652325", name: "奇台县" },
    });
    // With a county's report the platform's own count is kept: the posting was collected in June, not by May.
    expect(report.values).toEqual([
      { indicator: "urban_new_jobs", value: 1300, source: "reported" },
      { indicator: "posts_aggregated", value: 0, source: "computed" },
      { indicator: "wage_alert_disposal_rate", value: 98.5, source: "reported" },
    ]);
    const again = await submit(qitai, { period: "2026-05", values: [] });
    expect(again.json().error.code).toBe("TARGETS_REPORT_LOCKED");

    expect((await review(qitai, report.id, { action: "approve" })).statusCode).toBe(403);
    const noReason = await review(prefecture, report.id, { action: "return" });
    expect(noReason.statusCode).toBe(400);
    const returned = await review(prefecture, report.id, {
      action: "return",
      note: "城镇新增就业与台账不符",
    });
    expect(returned.json().report.status).toBe("returned");

    clock.set("2026-06-22T04:00:00Z");
    qitai = await t.as("staff.qitai");
    const corrected = await submit(qitai, {
      period: "2026-05",
      values: [{ indicator: "urban_new_jobs", value: 1250 }],
    });
    expect(corrected.json().report).toMatchObject({ status: "submitted", late: true });
    const leader = await t.as("leader.changji");
    const approved = (await review(leader, report.id, { action: "approve" })).json().report;
    expect(approved.status).toBe("approved");
    expect(approved.values.map((v: { indicator: string; value: number }) => [v.indicator, v.value])).toEqual([
      ["urban_new_jobs", 1250],
      ["posts_aggregated", 0],
    ]);
    expect(approved.events.map((e: { from: string | null; to: string }) => [e.from, e.to])).toEqual([
      [null, "draft"],
      ["draft", "submitted"],
      ["submitted", "returned"],
      ["returned", "submitted"],
      ["submitted", "approved"],
    ]);
    expect(approved.events[2]).toMatchObject({ actorName: "staff.changji", note: "城镇新增就业与台账不符" });
    expect((await review(leader, report.id, { action: "approve" })).json().error.code).toBe(
      "TARGETS_REPORT_NOT_SUBMITTED",
    );
  });

  it("lists late and missing reports of a month for the prefecture, and one's own for a county", async () => {
    clock.set("2026-06-25T04:00:00Z");
    prefecture = await t.as("staff.changji");
    const list = (await prefecture.request("GET", `/api/v1/plans/${plan}/reports?period=2026-05`)).json();
    expect(list).toMatchObject({ period: "2026-05", deadline: "2026-06-20", today: "2026-06-25" });
    expect(list.items).toHaveLength(8);
    const item = (code: string) =>
      list.items.find((i: { reporter: { id: string } }) => i.reporter.id === code);
    expect(item("652325")).toMatchObject({ missing: false, late: true, report: { status: "approved" } });
    expect(item("652301")).toMatchObject({
      missing: true,
      late: true,
      report: null,
      reporter: { name: "昌吉市" },
    });
    expect(item("652300-Z01")).toMatchObject({ missing: true, late: true });
    const june = (await prefecture.request("GET", `/api/v1/plans/${plan}/reports?period=2026-06`)).json();
    expect(june.items.every((i: { missing: boolean; late: boolean }) => i.missing && !i.late)).toBe(true);

    qitai = await t.as("staff.qitai");
    const own = (await qitai.request("GET", `/api/v1/plans/${plan}/reports?period=2026-05`)).json();
    expect(own.items.map((i: { reporter: { id: string } }) => i.reporter.id)).toEqual(["652325"]);
  });

  it("takes a department's quarterly report of its own figures", async () => {
    const hrss = await t.as("dept.hrss");
    const monthly = await submit(hrss, { period: "2026-05", values: [] });
    expect(monthly.json().error.code).toBe("TARGETS_WRONG_PERIOD");
    const res = await submit(hrss, {
      period: "2026-Q2",
      values: [{ indicator: "training_persons", value: 3000 }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().report).toMatchObject({
      status: "submitted",
      deadline: "2026-07-20",
      reporter: { kind: "department", name: "人力资源和社会保障局" },
      values: [{ indicator: "training_persons", value: 3000, source: "reported" }],
    });
    const all = (await prefecture.request("GET", `/api/v1/plans/${plan}/reports?period=2026-Q2`)).json();
    expect(all.items.length).toBeGreaterThan(20);
    expect(
      all.items
        .filter((i: { missing: boolean }) => !i.missing)
        .map((i: { reporter: { name: string } }) => i.reporter.name),
    ).toEqual(["人力资源和社会保障局"]);
    const own = (await hrss.request("GET", `/api/v1/plans/${plan}/reports?period=2026-Q2`)).json();
    expect(own.items.map((i: { reporter: { name: string } }) => i.reporter.name)).toEqual([
      "人力资源和社会保障局",
    ]);
  });
});
