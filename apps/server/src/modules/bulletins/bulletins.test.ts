import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { planBulletinsTask } from "./bulletins.tasks.ts";

/** The text of a .docx body, runs joined. */
async function docxText(body: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(body)).file("word/document.xml")?.async("string");
  return (xml ?? "")
    .replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, "")}\n`)
    .replace(/<[^>]+>/g, "");
}

describe.each(testEngines())("bulletins on %s", (engine) => {
  let t: TestApp;
  let leader: TestClient;
  let plan: string;
  // Tuesday 30 June 2026, 12:00 China time.
  const clock = fixedClock("2026-06-30T04:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    leader = await t.as("leader.changji");
    const plans = (await leader.request("GET", "/api/v1/plans")).json().items;
    plan = plans.find((p: { key: string }) => p.key === "changji-2026").id;
    // May's county reports: Qitai ahead of 序时进度 on 城镇新增就业 (target 3500), 昌吉市 behind; the rest missing.
    const qitai = await t.as("staff.qitai");
    const prefecture = await t.as("staff.changji");
    const may = (client: TestClient, body: object) =>
      client.request("POST", `/api/v1/plans/${plan}/reports`, { period: "2026-05", ...body });
    expect((await may(qitai, { values: [{ indicator: "urban_new_jobs", value: 2000 }] })).statusCode).toBe(
      201,
    );
    const behind = await may(prefecture, {
      regionCode: "652301",
      values: [{ indicator: "urban_new_jobs", value: 100 }],
    });
    expect(behind.statusCode).toBe(201);
  });
  afterAll(async () => t?.close());

  const download = (id: string, format: string) => leader.request("GET", `/api/v1/bulletins/${id}/${format}`);

  it("writes this week's 周通报 as .docx, .xlsx and .pdf, and keeps it", async () => {
    const res = await leader.request("POST", `/api/v1/plans/${plan}/bulletins`, { kind: "weekly" });
    expect(res.statusCode).toBe(200);
    const bulletin = res.json().bulletin;
    expect(bulletin).toMatchObject({
      kind: "weekly",
      period: "2026-W26",
      asOf: "2026-06-28",
      generatedBy: expect.any(String),
    });
    expect(bulletin.title).toMatch(/周通报（2026年第26周）$/);

    const docx = await download(bulletin.id, "docx");
    expect(docx.headers["content-type"]).toMatch(/wordprocessingml/);
    expect(docx.headers["content-disposition"]).toBe('attachment; filename="changji-2026-2026-W26.docx"');
    const text = await docxText(docx.rawPayload);
    expect(text).toContain(bulletin.title);
    expect(text).toContain("截至2026年6月28日，全年序时进度为 49.0%。昌吉回族自治州的 14 项指标中");
    expect(text).toMatch(
      /城镇新增就业：达到或超过序时进度的有 奇台县；滞后的有 昌吉市（低于序时进度 \d+\.\d 个百分点）。/,
    );
    expect(text).toContain("城镇新增就业：第1名 奇台县，第2名 昌吉市。");
    // May's reports were due on 20 June: two came in late on 30 June, six are overdue.
    expect(text).toMatch(
      /2026-05 月报应于2026年6月20日前报送，应报 8 家，已报 2 家。逾期未报：准东经济技术开发区、阜康市、呼图壁县、玛纳斯县、吉木萨尔县、木垒哈萨克自治县；逾期报送：昌吉市、奇台县。/,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(bulletin.id, "xlsx")).rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "总体情况",
      "各县市（园区）完成情况",
      "超序时与滞后",
      "排名",
      "数据报送情况",
    ]);
    const ranking = workbook.getWorksheet("排名");
    const rows = Array.from(ranking?.getSheetValues() ?? [], (r) => (Array.isArray(r) ? r.slice(1) : []));
    expect(rows.map((r) => r[0])).toContain("城镇新增就业：第1名 奇台县，第2名 昌吉市。");
    const header = rows.findIndex((r) => r[0] === "名次");
    expect(rows[header]).toEqual(["名次", "县市（园区）", "较序时进度", "缺报指标"]);
    // Every county misses some indicator: none is ranked overall yet, and Qitai's row says what it misses.
    const qitai = rows.slice(header + 1).find((r) => r[1] === "奇台县");
    expect(qitai?.[0]).toBe("—");
    expect(qitai?.[3]).toContain("就业困难人员实现就业");
    expect(qitai?.[3]).not.toContain("城镇新增就业");

    const pdf = (await download(bulletin.id, "pdf")).rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(bulletin.sizes.pdf).toBe(pdf.length);

    // Again for the same week: the files are replaced, not added.
    clock.advance(60_000);
    const again = (
      await leader.request("POST", `/api/v1/plans/${plan}/bulletins`, { kind: "weekly" })
    ).json();
    expect(again.bulletin.id).toBe(bulletin.id);
    expect(again.bulletin.generatedAt).not.toBe(bulletin.generatedAt);
    const list = (await leader.request("GET", `/api/v1/plans/${plan}/bulletins`)).json().items;
    expect(list.map((b: { period: string }) => b.period)).toEqual(["2026-W26"]);
  });

  it("ranks the month in the 月排名 and generates both on schedule for the plans in force", async () => {
    const res = await leader.request("POST", `/api/v1/plans/${plan}/bulletins`, {
      kind: "monthly",
      on: "2026-05-15",
    });
    const bulletin = res.json().bulletin;
    expect(bulletin).toMatchObject({ period: "2026-05", asOf: "2026-05-31" });
    expect(bulletin.title).toMatch(/月排名（2026年5月）$/);
    const text = await docxText((await download(bulletin.id, "docx")).rawPayload);
    expect(text).toContain("截至2026年5月31日");

    await t.deps.tasks.enqueue(planBulletinsTask, { kind: "monthly" });
    await t.deps.tasks.runDue();
    const made = await t.deps.db
      .selectFrom("bulletins as b")
      .innerJoin("plans as p", "p.id", "b.plan_id")
      .select(["p.key", "b.period", "b.generated_by"])
      .where("b.kind", "=", "monthly")
      .where("b.generated_by", "is", null)
      .orderBy("p.key")
      .execute();
    // June has not ended on 30 June: the month just ended is May, in the plans whose period holds it.
    expect(made).toEqual([{ key: "changji-2026", period: "2026-05", generated_by: null }]);
  });

  it("refuses a bulletin that does not exist", async () => {
    const res = await download("00000000-0000-4000-8000-000000000000", "pdf");
    expect([res.statusCode, res.json().error.code]).toEqual([404, "BULLETINS_NOT_FOUND"]);
  });
});
