import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { writeCsv } from "../../lib/tabular.ts";
import { openTestApp, type TestApp } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { type WageFixture, wageProjectFixture } from "../../testing/wages.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe.each(testEngines())("wage sheet uploads on %s", (engine) => {
  let t: TestApp;
  let f: WageFixture;
  beforeAll(async () => {
    t = await openTestApp(engine, { clock: fixedClock("2026-06-15T04:00:00Z") });
    f = await wageProjectFixture(t);
  });
  afterAll(() => t.close());

  const upload = async (kind: string, file: Buffer, format: "csv" | "xlsx", dryRun = false) => {
    const res = await f.dept.request(
      "POST",
      `/api/v1/wage-projects/${f.projectId}/uploads/${kind}?format=${format}&dryRun=${dryRun}`,
      file,
      { "content-type": "application/octet-stream" },
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it("offers each template with how to fill it", async () => {
    const csv = await t.client().request("GET", "/api/v1/wage-templates/payroll?format=csv");
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.body.split("\r\n")[0]).toContain(
      "工人编号,月份,流水号,应发工资,实发工资,发放日期,专用账户代发,本人签字",
    );
    const xlsx = await t.client().request("GET", "/api/v1/wage-templates/roster");
    expect(xlsx.headers["content-type"]).toBe(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["实名制花名册", "填写说明"]);
  });

  it("takes the good rows of a roster workbook and reports each bad one with its column", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("花名册");
    sheet.addRow(["工号", "姓名", "身份证号", "签订劳动合同", "实名认证", "进场日期", "退场日期"]);
    sheet.addRow(["W1", "王一", null, "是", "是", new Date("2026-03-01T00:00:00Z"), null]);
    sheet.addRow(["W2", "王二", "652301199001010000", "是", "是", "2026-03-01", null]);
    sheet.addRow(["W3", "王三", null, "也许", "是", "2026/3/1", null]);
    sheet.addRow(["W4", "王四", null, "否", "是", "2026年3月2日", "2026-03-01"]);
    sheet.addRow(["W5", "王五", null, "是", "否", "2026-03-02", null]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const dry = await upload("roster", file, "xlsx", true);
    expect(dry.counts).toEqual({ created: 0, updated: 0, unchanged: 0 });
    const first = await upload("roster", file, "xlsx");
    expect(first).toEqual({
      dryRun: false,
      rows: 5,
      counts: { created: 2, updated: 0, unchanged: 0 },
      errors: [
        { row: 3, column: "公民身份号码", message: "fails the GB 11643 check" },
        { row: 4, column: "签订劳动合同", message: "write 是 or 否" },
        { row: 5, column: "退场日期", message: "a worker cannot leave before entering" },
      ],
    });
    expect((await upload("roster", file, "xlsx")).counts).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it("takes attendance and payroll sheets, refusing rows of workers not on the roster", async () => {
    const attendance = writeCsv(
      ["工人编号", "月份", "出勤天数"],
      [
        ["W1", "2026-04", 22],
        ["W5", "2026年4月", "21.5"],
        ["W9", "2026-04", 20],
        ["W1", "2026-13", 20],
      ],
    );
    const a = await upload("attendance", attendance, "csv");
    expect(a.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(a.errors).toEqual([
      { row: 4, column: "工人编号", message: "no worker W9 on the roster" },
      { row: 5, column: "月份", message: "expected a month written YYYY-MM" },
    ]);
    const payroll = writeCsv(
      ["工人编号", "月份", "应发工资", "实发工资", "发放日期", "专用账户代发", "本人签字"],
      [
        ["W1", "2026-04", 6000, 6000, "2026-05-15", "是", "是"],
        ["W5", "2026-04", 5800, 0, "", "是", "是"],
        ["W5", "2026-04", 5800, 0, "", "是", "是"],
        ["W1", "2026-05", "-1", 0, "", "是", "是"],
      ],
    );
    const p = await upload("payroll", payroll, "csv");
    expect(p.counts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(p.errors).toEqual([
      { row: 4, column: null, message: "the same row as row 3; give rowKey to send several" },
      { row: 5, column: "应发工资", message: "Too small: expected number to be >=0" },
    ]);
    const detail = (await f.county.request("GET", `/api/v1/wage-projects/${f.projectId}`)).json().project;
    expect(detail.months).toEqual([
      { month: "2026-04", workersWorked: 2, payable: 11800, paid: 6000, workersUnpaid: 1, allocated: 0 },
    ]);
  });
});
