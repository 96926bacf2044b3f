import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { type RawCell, type RawSheet, rawWorkbook } from "../../testing/xlsx.ts";
import { REFERENCE_DIR } from "../regions/regions.seed.ts";
import { importPlanWorkbook } from "./targets.import.ts";

interface PlanJson {
  tables: {
    title: string;
    columns: { indicator: string; header: string }[];
    rows: { region: { code: string; name: string; written?: string }; cells: string[] }[];
    total: { cells: string[] };
  }[];
}
const CHANGJI = JSON.parse(
  readFileSync(path.join(REFERENCE_DIR, "plans/changji-2026.json"), "utf8"),
) as PlanJson;
const [ANNEX1] = CHANGJI.tables;
if (!ANNEX1) throw new Error("changji-2026 has no table");

async function download(client: TestClient, planId: string): Promise<Buffer> {
  const res = await client.request("GET", `/api/v1/plans/${planId}/export.xlsx`);
  expect(res.headers["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  return res.rawPayload;
}

/** Changji's 附件1 as a county office keeps it, in the style of the program that saved it. */
function changjiSheet(style: "libreoffice" | "excel"): RawSheet {
  const t = ANNEX1 as NonNullable<typeof ANNEX1>;
  const lo = style === "libreoffice";
  const figure = (written: string): RawCell =>
    lo && /^\d+(\.\d+)?$/.test(written)
      ? written === "1.2"
        ? 1.2000000000000002
        : Number(written)
      : written;
  const tops = t.columns.map((c) => c.header.split("/")[0] ?? "");
  const header1: RawCell[] = [
    "序号",
    "单位",
    ...tops.map((top, i) =>
      i > 0 && tops[i - 1] === top && i !== 1 ? (lo ? { blank: true as const } : null) : top,
    ),
  ];
  const header2: RawCell[] = [
    lo ? { blank: true } : null,
    lo ? { blank: true } : null,
    ...t.columns.map((c): RawCell => {
      const bottom = c.header.split("/")[1];
      if (bottom) return bottom;
      return lo ? { blank: true } : null;
    }),
  ];
  // Headers as typed in the cells: line breaks (LibreOffice), full-width brackets in a smaller run (Excel).
  header1[2] = lo ? "城镇\n新增\n就业" : "城镇新增就业";
  const training = t.columns.findIndex((c) => c.header === "职业技能培训(人次)") + 2;
  header1[training] = lo ? "职业\n技能\n培训\n(人 次)" : { runs: ["职业技能培训", "（人次）"] };
  const rows: RawCell[][] = t.rows.map((r, i) => [
    i + 1,
    r.region.written ?? r.region.name,
    ...r.cells.map(figure),
  ]);
  const total: RawCell[] = [lo ? "合 计" : "合计", lo ? { blank: true } : null, ...t.total.cells.map(figure)];
  const sheetRows: RawCell[][] = [
    [lo ? "附件 1" : "附件1"],
    [lo ? t.title : `${t.title}  `],
    [lo ? "单位：人" : "单位:人"],
    header1,
    header2,
    ...rows,
    total,
  ];
  const width = t.columns.length + 2;
  const merges = [`A2:${String.fromCharCode(64 + width)}2`, "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4"];
  for (let c = 7; c < width; c++)
    merges.push(`${String.fromCharCode(65 + c)}4:${String.fromCharCode(65 + c)}5`);
  if (!lo) {
    // Excel: numbers stored as text, a rate column formatted as a percentage, totals as formulas.
    sheetRows[3]?.push("欠薪监控预警信息处置率");
    for (const r of rows) r.push({ percent: 0.98 });
    total[2] = { formula: "SUM(C6:C13)", result: 23200 };
    merges.push(`${String.fromCharCode(65 + width)}4:${String.fromCharCode(65 + width)}5`);
  } else {
    // LibreOffice: a row nobody can place, a note column, a cell in words, and a note under the table.
    sheetRows.splice(sheetRows.length - 1, 0, [9, "某某县", ...t.columns.map(() => "1")]);
    sheetRows[3]?.push("备注");
    (sheetRows[5] as RawCell[])[width] = "山区县";
    (sheetRows[5] as RawCell[])[12] = "两次";
    sheetRows.push([], ["注：各县市按月报送完成情况。"]);
  }
  const totalRow = sheetRows.indexOf(total) + 1;
  merges.push(`A${totalRow}:B${totalRow}`);
  return { name: "Sheet1", rows: sheetRows, merges };
}

describe.each(testEngines())("plan import and export on %s", (engine) => {
  let t: TestApp;
  let leader: TestClient;
  let planIds: Record<string, string>;
  beforeAll(async () => {
    t = await openTestApp(engine);
    leader = await t.as("leader.changji");
    const items = (await (await t.as("admin")).request("GET", "/api/v1/plans")).json().items;
    planIds = Object.fromEntries(items.map((p: { key: string; id: string }) => [p.key, p.id]));
  });
  afterAll(async () => t?.close());

  const tablesOf = async (client: TestClient, id: string) =>
    (await client.request("GET", `/api/v1/plans/${id}`)).json().tables;

  it("re-imports an exported plan table identically, warning of the sum that does not add up", async () => {
    const file = await download(leader, planIds["changji-2026"] ?? "");
    const run = await importPlanWorkbook(t.deps, {
      file,
      fileName: "changji-copy.xlsx",
      year: 2026,
      dryRun: false,
    });
    expect(run.plan).toMatchObject({ key: "changji-copy", region: "652300", year: 2026, created: true });
    expect(run.errors).toEqual([]);
    expect(run.warnings).toEqual([
      {
        code: "SUM_MISMATCH",
        indicator: "vocational_training",
        region: "652300",
        unit: "人次",
        statedTotal: 33600,
        computedTotal: 33510,
        sheet: "附件1",
        row: 14,
        column: "H",
      },
    ]);
    expect(run.targets).toHaveLength(14 * 9);
    expect(run.targets.find((x) => x.region === "652301" && x.indicator === "posts_aggregated")).toEqual({
      region: "652301",
      regionName: "昌吉市",
      indicator: "posts_aggregated",
      value: 2.35,
      unit: "万个",
      written: "2.35",
      sheet: "附件1",
      row: 10,
      column: "L",
    });
    expect(
      run.targets.find((x) => x.region === "652300-Z01" && x.indicator === "hardship_employed"),
    ).toMatchObject({
      value: null,
      unit: null,
      written: "/",
    });
    expect(
      run.targets.find((x) => x.region === "652300" && x.indicator === "posts_aggregated"),
    ).toMatchObject({
      written: "10",
      row: 14,
      column: "L",
    });
    expect(run.summary).toEqual({ created: 126, updated: 0, unchanged: 0 });
    const copy = run.plan.id ?? "";
    expect(await tablesOf(leader, copy)).toEqual(await tablesOf(leader, planIds["changji-2026"] ?? ""));

    const again = await importPlanWorkbook(t.deps, {
      file: await download(leader, copy),
      fileName: "changji-copy.xlsx",
      dryRun: false,
    });
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 126 });
  });

  it("round-trips a plan of two tables in 万人 and 万人次", async () => {
    const admin = await t.as("admin");
    const original = planIds["xinjiang-2021"] ?? "";
    const run = await importPlanWorkbook(t.deps, {
      file: await download(admin, original),
      fileName: "xinjiang-copy.xlsx",
      dryRun: false,
    });
    expect(run).toMatchObject({ plan: { region: "650000", year: 2021 }, warnings: [], errors: [] });
    expect(await tablesOf(admin, run.plan.id ?? "")).toEqual(await tablesOf(admin, original));
  });

  it("reads a workbook saved by LibreOffice: merged headers with line breaks, 合 计, located problems", async () => {
    const run = await importPlanWorkbook(t.deps, {
      file: rawWorkbook([changjiSheet("libreoffice"), { name: "Sheet2", rows: [], merges: [] }]),
      fileName: "libreoffice.xlsx",
      year: 2026,
      dryRun: true,
    });
    expect(run.plan).toMatchObject({
      id: null,
      key: "libreoffice",
      title: ANNEX1.title,
      region: "652300",
      created: true,
    });
    expect(run.warnings).toEqual([
      { code: "UNMATCHED_COLUMN", sheet: "Sheet1", column: "Q", header: "备注", candidates: [] },
      { code: "UNMATCHED_ROW", sheet: "Sheet1", row: 14, label: "某某县", candidates: [] },
      expect.objectContaining({
        code: "SUM_MISMATCH",
        indicator: "vocational_training",
        sheet: "Sheet1",
        row: 15,
      }),
    ]);
    expect(run.errors).toEqual([
      expect.objectContaining({
        code: "UNREADABLE_CELL",
        written: "两次",
        sheet: "Sheet1",
        row: 6,
        column: "M",
      }),
    ]);
    expect(run.targets).toHaveLength(14 * 9 - 1);
    const seeded = CHANGJI.tables[0]?.rows ?? [];
    for (const target of run.targets.filter((x) => x.region !== "652300")) {
      const row = seeded.find((r) => r.region.code === target.region);
      const column = ANNEX1.columns.findIndex((c) => c.indicator === target.indicator);
      expect([target.region, target.indicator, target.written]).toEqual([
        target.region,
        target.indicator,
        row?.cells[column],
      ]);
    }
    expect(run.summary.created).toBe(125);
    expect(
      await t.deps.db.selectFrom("plans").select("id").where("key", "=", "libreoffice").execute(),
    ).toEqual([]);
  });

  it("reads a workbook saved by Excel: numbers stored as text, rich-text headers, percentages, formulas", async () => {
    const run = await importPlanWorkbook(t.deps, {
      file: rawWorkbook([changjiSheet("excel")]),
      fileName: "excel.xlsx",
      key: "changji-excel",
      year: 2026,
      dryRun: false,
    });
    expect(run.errors).toEqual([]);
    expect(run.warnings.map((w) => [w.code, w.column])).toEqual([
      ["UNIT_ASSUMED", "Q"],
      ["SUM_MISMATCH", "H"],
    ]);
    expect(run.targets).toHaveLength(14 * 9 + 8);
    expect(
      run.targets.find((x) => x.region === "652328" && x.indicator === "wage_alert_disposal_rate"),
    ).toMatchObject({
      written: "98%",
      value: 98,
      unit: "%",
      column: "Q",
    });
    const [table] = await tablesOf(leader, run.plan.id ?? "");
    const [seeded] = await tablesOf(leader, planIds["changji-2026"] ?? "");
    expect(table.columns.slice(0, 14)).toEqual(seeded.columns);
    expect(table.rows.map((r: { cells: unknown[] }) => r.cells.slice(0, 14))).toEqual(
      seeded.rows.map((r: { cells: unknown[] }) => r.cells),
    );
  });
});

describe.each(testEngines())("plan import into an existing plan on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t?.close());

  it("updates the targets it names, leaves out a row for the plan's own region, and writes nothing on a dry run", async () => {
    const sheet: RawSheet = {
      name: "附件1",
      rows: [
        ["各县市目标（调整）"],
        ["单位：人"],
        ["序号", "单位", "城镇新增就业", "失业再就业"],
        [1, "奇台县", "3500", "1300"],
        [2, "昌吉州", "100", "100"],
        ["合计", null, "3600", "1400"],
      ],
      merges: [],
    };
    const run = await importPlanWorkbook(t.deps, {
      file: rawWorkbook([sheet]),
      fileName: "adjusted.xlsx",
      key: "changji-2026",
      dryRun: true,
    });
    expect(run.plan).toMatchObject({ created: false, region: "652300", year: 2026 });
    expect(run.warnings).toEqual([
      { code: "DUPLICATE_ROW", sheet: "附件1", row: 5, label: "昌吉州", region: "652300" },
      expect.objectContaining({
        code: "SUM_MISMATCH",
        indicator: "urban_new_jobs",
        statedTotal: 3600,
        computedTotal: 3500,
        row: 6,
        column: "C",
      }),
      expect.objectContaining({
        code: "SUM_MISMATCH",
        indicator: "unemployed_reemployed",
        row: 6,
        column: "D",
      }),
    ]);
    expect(run.summary).toEqual({ created: 0, updated: 2, unchanged: 2 });
    const total = await t.deps.db
      .selectFrom("plan_targets")
      .select("written")
      .where("region_code", "=", "652300")
      .where("indicator_code", "=", "urban_new_jobs")
      .where("table_id", "is not", null)
      .executeTakeFirstOrThrow();
    expect(total.written).toBe("23200");
  });
});

describe("jiuye plan import (CLI)", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiuye-plan-cli-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const jiuye = (args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, JIUYE_SECRET: "p".repeat(40) };
    delete env.DATABASE_URL;
    const result = spawnSync(
      process.execPath,
      [path.resolve(import.meta.dirname, "../../../bin/jiuye.js"), ...args],
      { env, encoding: "utf8", timeout: 60_000 },
    );
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it("reports in JSON what a dry run would import, with the sums that do not add up", () => {
    const file = path.join(dataDir, "changji.xlsx");
    writeFileSync(file, rawWorkbook([changjiSheet("libreoffice")]));
    const dry = jiuye(["plan", "import", file, "--key", "changji-2026", "--dry-run", "--json"]);
    expect(dry.code).toBe(1);
    const result = JSON.parse(dry.out);
    expect(result.plan).toMatchObject({ key: "changji-2026", created: false });
    expect(result.summary).toEqual({ created: 0, updated: 0, unchanged: 125 });
    expect(result.targets[0]).toEqual(
      expect.objectContaining({ region: "652328", indicator: "urban_new_jobs", value: 500, unit: "人" }),
    );
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: "SUM_MISMATCH",
        indicator: "vocational_training",
        statedTotal: 33600,
        computedTotal: 33510,
      }),
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ code: "UNREADABLE_CELL", row: 6, column: "M" }),
    ]);
  }, 90_000);

  it("prints located problems and what would change", () => {
    const file = path.join(dataDir, "changji.xlsx");
    const human = jiuye(["plan", "import", file, "--key", "changji-2026", "--dry-run"]);
    expect(human.err).toContain(`${file}, sheet Sheet1, row 6, column M: UNREADABLE_CELL`);
    expect(human.out).toContain(
      "dry run: plan changji-2026 (existing): 125 targets: created 0, updated 0, unchanged 125",
    );
    const real = jiuye(["plan", "import", file, "--key", "changji-libreoffice", "--year", "2026"]);
    expect(real.code).toBe(1);
    expect(real.out).toContain(
      "plan changji-libreoffice (new): 125 targets: created 125, updated 0, unchanged 0",
    );
    const again = jiuye(["plan", "import", file, "--key", "changji-libreoffice", "--dry-run"]);
    expect(again.out).toContain("(existing): 125 targets: created 0, updated 0, unchanged 125");
  }, 90_000);
});
