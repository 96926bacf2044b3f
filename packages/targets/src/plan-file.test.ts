import { describe, expect, it } from "vitest";
import { readIndicators } from "./indicator.ts";
import { checkPlan } from "./plan-check.ts";
import { readPlanFile } from "./plan-file.ts";

const { indicators } = readIndicators({
  indicators: [
    {
      code: "jobs",
      name: "城镇新增就业",
      unit: "人",
      kind: "count",
      direction: "up",
      comparator: "at_least",
      source: "reported",
    },
    {
      code: "posts",
      name: "岗位归集",
      unit: "个",
      kind: "count",
      direction: "up",
      comparator: "at_least",
      source: "computed",
    },
    {
      code: "rate",
      name: "处置率",
      unit: "%",
      kind: "rate",
      direction: "up",
      comparator: "at_least",
      source: "reported",
    },
  ],
});

const region = (code: string, name: string) => ({ code, name });

function plan(change: Record<string, unknown> = {}) {
  return {
    format: "jiuye.plan/1",
    key: "test-2026",
    title: "测试工作要点",
    status: "issued",
    region: region("652300", "昌吉回族自治州"),
    period: { from: "2026-01-01", to: "2026-12-31" },
    source: "test.txt",
    headline: [
      { indicator: "jobs", cell: "2.32 万人", text: "促进全年实现新增就业 2.32 万人" },
      { text: "确保城镇零就业家庭至少一人就业" },
    ],
    tables: [
      {
        annex: "附件1",
        title: "目标任务",
        unit: "人",
        columns: [
          { indicator: "jobs", header: "城镇新增就业" },
          { indicator: "posts", header: "岗位归集(万个)", unit: "万个" },
        ],
        rows: [
          { region: region("652328", "木垒哈萨克自治县"), cells: ["500", "0.35"] },
          { region: region("652300-Z01", "准东经济技术开发区"), cells: ["3200", "/"] },
        ],
        total: { region: region("652300", "昌吉回族自治州"), cells: ["3800", "0.35"] },
      },
    ],
    breakdowns: [],
    regionTasks: [],
    departmentTasks: [
      {
        department: { seq: 10, name: "教育局" },
        tasks: [{ no: 7, text: "处置率不低于 98%", targets: [{ indicator: "rate", cell: "不低于 98%" }] }],
      },
    ],
    campaigns: [
      {
        no: 1,
        scope: "全州",
        name: "春风行动暨就业援助季",
        runs: [
          { time: "1月至3月", organisers: "各县(市)人力资源和社会保障部门", departments: [16], hosts: [] },
        ],
      },
    ],
    reporting: [],
    ...change,
  };
}

describe("readPlanFile", () => {
  it("reads a good plan", () => {
    const { plan: read, problems } = readPlanFile(plan());
    expect(problems).toEqual([]);
    expect(read?.tables[0]?.rows[1]?.cells).toEqual(["3200", "/"]);
  });

  it.each([
    ["format", { format: "jiuye.plan/2" }, "format"],
    ["title", { title: "" }, "title"],
    ["date", { period: { from: "2026-02-30", to: "2026-12-31" } }, "period.from"],
    ["status", { status: "final" }, "status"],
    ["region", { region: { name: "昌吉州" } }, "region.code"],
    ["goal without cell", { headline: [{ indicator: "jobs", text: "…" }] }, "headline[0]"],
    [
      "cell that is a number",
      {
        tables: [
          {
            ...plan().tables[0],
            rows: [{ region: region("652328", "木垒哈萨克自治县"), cells: [500, "1"] }],
          },
        ],
      },
      "tables[0].rows[0].cells[0]",
    ],
    [
      "task number",
      {
        departmentTasks: [
          { department: { seq: 10, name: "教育局" }, tasks: [{ no: "7", text: "…", targets: [] }] },
        ],
      },
      "departmentTasks[0].tasks[0].no",
    ],
  ])("reports a bad %s with its path", (_what, change, path) => {
    const { plan: read, problems } = readPlanFile(plan(change));
    expect(read).toBeNull();
    expect(problems.map((p) => p.path)).toContain(path);
  });
});

function checked(change: Record<string, unknown>) {
  const { plan: read, problems } = readPlanFile(plan(change));
  if (!read) throw new Error(JSON.stringify(problems));
  return checkPlan(read, indicators);
}

describe("checkPlan", () => {
  it("reads every target with its scope, and keeps / apart from zero", () => {
    const { targets, errors, warnings } = checked({});
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      {
        code: "SUM_MISMATCH",
        indicator: "jobs",
        region: "652300",
        unit: "人",
        statedTotal: 3800,
        computedTotal: 3700,
      },
    ]);
    expect(targets.map((t) => [t.scope, t.indicator, t.cell.kind])).toEqual([
      [{ kind: "plan" }, "jobs", "value"],
      [{ kind: "region", code: "652328" }, "jobs", "value"],
      [{ kind: "region", code: "652328" }, "posts", "value"],
      [{ kind: "region", code: "652300-Z01" }, "jobs", "value"],
      [{ kind: "region", code: "652300-Z01" }, "posts", "not_applicable"],
      [{ kind: "region", code: "652300" }, "jobs", "value"],
      [{ kind: "region", code: "652300" }, "posts", "value"],
      [{ kind: "department", seq: 10 }, "rate", "value"],
    ]);
  });

  it.each([
    [
      "an unreadable cell",
      ["五百", "0.35"],
      { code: "UNREADABLE_CELL", at: { sheet: "附件1", row: "木垒哈萨克自治县", column: "城镇新增就业" } },
    ],
    ["a short row", ["500"], { code: "ROW_LENGTH", at: { sheet: "附件1", row: "木垒哈萨克自治县" } }],
    ["a % in a column of people", ["98%", "0.35"], { code: "UNIT_MISMATCH", written: "98%" }],
  ])("locates %s", (_what, cells, error) => {
    const table = { ...plan().tables[0], rows: [{ region: region("652328", "木垒哈萨克自治县"), cells }] };
    expect(checked({ tables: [table] }).errors).toContainEqual(expect.objectContaining(error));
  });

  it("reports unknown indicators, a column unit foreign to its indicator, and unreadable campaign times", () => {
    const base = plan();
    const table = base.tables[0];
    const { errors } = checked({
      headline: [{ indicator: "wages", cell: "5%", text: "…" }],
      tables: table
        ? [{ ...table, columns: [table.columns[0], { indicator: "rate", header: "处置率", unit: "人" }] }]
        : [],
      campaigns: [
        { ...base.campaigns[0], runs: [{ time: "全年", organisers: "人社", departments: [], hosts: [] }] },
      ],
    });
    expect(errors.map((e) => e.code)).toEqual([
      "UNKNOWN_INDICATOR",
      "UNIT_MISMATCH",
      "UNIT_MISMATCH",
      "UNIT_MISMATCH",
      "UNREADABLE_TIME",
    ]);
  });

  it("checks breakdowns against their total", () => {
    const breakdowns = [
      {
        name: "全县就业总人数",
        asOf: "2023-12-31",
        total: "402857人",
        parts: [
          { name: "一产就业", cell: "128936人" },
          { name: "二产就业", cell: "53884人" },
          { name: "三产就业", cell: "220053人" },
        ],
        text: "…",
      },
    ];
    expect(checked({ breakdowns }).warnings).toContainEqual({
      code: "SUM_MISMATCH",
      indicator: "全县就业总人数",
      region: "652300",
      unit: "人",
      statedTotal: 402857,
      computedTotal: 402873,
    });
  });
});
