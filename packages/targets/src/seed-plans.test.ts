/**
 * The shipped plans (`apps/server/reference/plans/`) read through this package: every file has the plan
 * shape, every target cell parses against the indicator catalogue, every region and department binds to
 * the reference lists, and the sums that do not add up in the documents are the ones found by hand.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Cell } from "./cell.ts";
import { compare } from "./decimal.ts";
import { readIndicators } from "./indicator.ts";
import { parseMonths } from "./months.ts";
import { checkPlan, type PlanTarget } from "./plan-check.ts";
import { type PlanFile, type RegionRef, readPlanFile } from "./plan-file.ts";
import { toBase } from "./units.ts";

const REFERENCE = path.resolve(import.meta.dirname, "../../../apps/server/reference");
const PLANS = path.join(REFERENCE, "plans");

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(PLANS, file), "utf8"));
const csvRows = (file: string) =>
  readFileSync(path.join(REFERENCE, file), "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split(","));

const catalogue = readIndicators(readJson("indicators.json"));
const planFiles = readdirSync(PLANS).filter((f) => f.endsWith(".json") && f !== "indicators.json");
const plans = planFiles.map((file) => {
  const { plan, problems } = readPlanFile(readJson(file));
  if (!plan) throw new Error(`${file}: ${JSON.stringify(problems)}`);
  return { file, plan, check: checkPlan(plan, catalogue.indicators) };
});
const planByKey = (key: string) => {
  const found = plans.find((p) => p.plan.key === key);
  if (!found) throw new Error(key);
  return found;
};

/** The documents' sums that do not add up, found by adding the columns by hand. */
const EXPECTED_MISMATCHES: Record<string, unknown[]> = {
  // 附件1, 职业技能培训（人次）: the eight units add up to 33,510, the 合计 row says 33,600 (as does the text).
  "changji-2026": [
    {
      code: "SUM_MISMATCH",
      indicator: "vocational_training",
      region: "652300",
      unit: "人次",
      statedTotal: 33600,
      computedTotal: 33510,
    },
  ],
  // 2023 baseline: 128,936 + 53,884 + 220,053 = 402,873 by sector, against the 402,857 stated.
  "shache-2024": [
    {
      code: "SUM_MISMATCH",
      indicator: "全县就业总人数（按产业类型分）",
      region: "653125",
      unit: "人",
      statedTotal: 402857,
      computedTotal: 402873,
    },
  ],
  "xinjiang-2021": [],
  "xinjiang-2022": [],
  "xinjiang-2025": [],
};

describe("the indicator catalogue", () => {
  it("reads without problems", () => {
    expect(catalogue.problems).toEqual([]);
  });

  it("has no indicator that no plan uses", () => {
    const used = new Set(plans.flatMap((p) => p.check.targets.map((t) => t.indicator)));
    expect(catalogue.indicators.map((i) => i.code).filter((code) => !used.has(code))).toEqual([]);
  });
});

describe.each(plans.map((p) => [p.file, p] as const))("%s", (file, { plan, check }) => {
  it("is named by its key", () => {
    expect(file).toBe(`${plan.key}.json`);
  });

  it("parses every target cell", () => {
    expect(check.errors).toEqual([]);
  });

  it("reports the sums that do not add up in the document", () => {
    expect(check.warnings).toEqual(EXPECTED_MISMATCHES[plan.key]);
  });

  it("binds regions to GB/T 2260 codes and names", () => {
    const names = new Map(
      [...csvRows("admin_divisions_xinjiang_2023.csv"), ...csvRows("regions_extra.csv")].map(
        ([code, name]) => [code, name],
      ),
    );
    const unbound = regionsOf(plan).filter((r) => names.get(r.code) !== r.name);
    expect(unbound).toEqual([]);
  });

  it("binds departments to the Changji list", () => {
    const names = new Map(csvRows("departments_changji_2026.csv").map(([seq, name]) => [Number(seq), name]));
    for (const d of plan.departmentTasks) expect(names.get(d.department.seq)).toBe(d.department.name);
    for (const run of plan.campaigns.flatMap((c) => c.runs))
      for (const seq of run.departments) expect(names.has(seq), String(seq)).toBe(true);
  });

  it("keeps campaign times readable as months", () => {
    for (const run of plan.campaigns.flatMap((c) => c.runs))
      if (run.time !== undefined) expect(parseMonths(run.time), run.time).not.toBeNull();
  });
});

function regionsOf(plan: PlanFile): RegionRef[] {
  return [
    plan.region,
    ...plan.tables.flatMap((t) => [...t.rows, ...(t.total ? [t.total] : [])].map((r) => r.region)),
    ...plan.regionTasks.flatMap((g) => g.regions),
    ...plan.campaigns.flatMap((c) => c.runs.flatMap((r) => r.hosts)),
  ];
}

/** Headline targets against the 合计 row of the same indicator, in base units: −1 below, 0 equal, 1 above. */
function headlineAgainstTotals(targets: readonly PlanTarget[], totalRegion: string): Record<string, number> {
  const value = (cell: Cell) => (cell.kind === "value" ? toBase(cell.value, cell.unit) : null);
  const out: Record<string, number> = {};
  for (const h of targets.filter((t) => t.scope.kind === "plan")) {
    const total = targets.find(
      (t) => t.scope.kind === "region" && t.scope.code === totalRegion && t.indicator === h.indicator,
    );
    const [a, b] = [value(h.cell), total && value(total.cell)];
    if (a && b) out[h.indicator] = compare(a, b);
  }
  return out;
}

describe("the Changji 2026 plan", () => {
  const { plan, check } = planByKey("changji-2026");

  it("has 附件1 whole: 14 indicators for the 8 county-level units, with / where the document has it", () => {
    const [table] = plan.tables;
    expect(table?.columns).toHaveLength(14);
    expect(table?.rows.map((r) => r.region.written ?? r.region.name)).toEqual([
      "木垒县",
      "奇台县",
      "吉木萨尔县",
      "阜康市",
      "昌吉市",
      "呼图壁县",
      "玛纳斯县",
      "准东开发区",
    ]);
    const notApplicable = check.targets.filter((t) => t.cell.kind === "not_applicable");
    // 准东 has no target in 9 of the 14 columns, 木垒 none for “技能乐业” training.
    expect(notApplicable.map((t) => (t.scope.kind === "region" ? t.scope.code : "")).sort()).toEqual([
      "652300-Z01",
      "652300-Z01",
      "652300-Z01",
      "652300-Z01",
      "652300-Z01",
      "652300-Z01",
      "652300-Z01",
      "652300-Z01",
      "652300-Z01",
      "652328",
    ]);
  });

  it("states the same totals in the text as in 附件1 (the text's 2000人以上 to 准东 is a floor under 2050)", () => {
    expect(headlineAgainstTotals(check.targets, "652300")).toEqual({
      urban_new_jobs: 0,
      hardship_employed: 0,
      unemployed_reemployed: 0,
      new_entrepreneurs: 0,
      jobs_from_entrepreneurship: 0,
      vocational_training: 0,
      rural_labour_outbound: 0,
      zhundong_local_workers: -1,
      posts_aggregated: 0,
      job_fairs: 0,
      entrepreneurship_events: 0,
      internship_posts: 0,
      internship_participants: 0,
    });
  });

  it("has the 39 departments of 附件3 and the 24 campaigns of 附件4, as many as the text announces", () => {
    expect(plan.departmentTasks.map((d) => d.department.seq)).toEqual(
      Array.from({ length: 39 }, (_, i) => i + 1),
    );
    expect(plan.campaigns.map((c) => c.no)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    const announced = check.targets.find((t) => t.indicator === "employment_campaigns");
    expect(announced?.cell).toMatchObject({ kind: "value", value: { coefficient: 24n, scale: 0 } });
  });
});

describe("the Xinjiang 2021 plan", () => {
  const { plan, check } = planByKey("xinjiang-2021");

  it("has both tables for the 14 prefectures, in 万人", () => {
    expect(plan.tables.map((t) => [t.annex, t.rows.length, t.columns.length])).toEqual([
      ["附件1", 14, 5],
      ["附件2", 14, 2],
    ]);
  });

  it("states the same totals in the text as in the tables", () => {
    expect(headlineAgainstTotals(check.targets, "650000")).toEqual({
      urban_new_jobs: 0,
      hardship_employed: 0,
      unemployed_reemployed: 0,
      new_entrepreneurs: 0,
      jobs_from_entrepreneurship: 0,
      vocational_training: 0,
      rural_labour_transfer: 0,
    });
  });
});

it("the plans README has a line for every file", () => {
  const readme = readFileSync(path.join(PLANS, "README.md"), "utf8");
  const listed = [...readme.matchAll(/^\| `([a-z0-9-]+\.json)` \|/gm)].map((m) => m[1]).sort();
  expect(listed).toEqual(["indicators.json", ...planFiles].sort());
});
