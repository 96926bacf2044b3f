/**
 * Writing plans: a checked `jiuye.plan/1` file (the shipped plans), or the tables of an imported
 * workbook into a new or existing plan. Cells are stored as written beside their exact figures.
 */
import { type Cell, parseCell } from "@jiuye/targets/cell";
import { formatDecimal } from "@jiuye/targets/decimal";
import type { Indicator } from "@jiuye/targets/indicator";
import { parseMonths } from "@jiuye/targets/months";
import type { PlanTarget, TargetScope } from "@jiuye/targets/plan-check";
import type { PlanFile, TargetTable } from "@jiuye/targets/plan-file";
import { formatUnit, fromBase, toBase } from "@jiuye/targets/units";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import {
  findDepartmentsBySeq,
  findTables,
  findTargets,
  insertCampaigns,
  insertGoals,
  insertPlan,
  insertTargets,
  insertTasks,
  replaceTableLayout,
  upsertRegionTargets,
  upsertTable,
} from "./targets.repo.ts";

/** The stored columns of a cell; `/` is kept as not applicable, with no figure. */
export function cellColumns(cell: Exclude<Cell, { kind: "empty" }>, indicator: Indicator, per?: string) {
  if (cell.kind === "not_applicable")
    return {
      written: cell.written,
      applicable: false,
      value: null,
      unit: null,
      base_value: null,
      comparator: null,
      per: per ?? null,
    };
  return {
    written: cell.written,
    applicable: true,
    value: formatDecimal(cell.value),
    unit: formatUnit(cell.unit),
    base_value: formatDecimal(fromBase(toBase(cell.value, cell.unit), indicator.unit)),
    comparator: cell.comparator,
    per: per ?? null,
  };
}

function scopeKey(scope: TargetScope, indicator: string): string {
  const who = scope.kind === "region" ? scope.code : scope.kind === "department" ? String(scope.seq) : "";
  return `${scope.kind}:${who}:${indicator}`;
}

type Catalogue = ReadonlyMap<string, Indicator>;

/** The plan file does not name the annex of department tasks; Changji's, the only plan with them, is 附件3. */
const DEPARTMENT_TASKS_ANNEX = "附件3";

function indicatorOf(catalogue: Catalogue, code: string): Indicator {
  const indicator = catalogue.get(code);
  if (!indicator) throw new Error(`no indicator ${code}`);
  return indicator;
}

export interface TablesSaved {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes target tables into a plan: each table (by annex) is created or relaid, and its cells become
 * the region targets, updated in place where they exist so that their actual values stay. Empty cells
 * are not targets.
 */
export async function saveTables(
  db: Kysely<Database>,
  opts: {
    planId: string;
    tables: readonly TargetTable[];
    targets: readonly PlanTarget[];
    catalogue: Catalogue;
  },
): Promise<TablesSaved> {
  const cells = new Map(opts.targets.map((t) => [scopeKey(t.scope, t.indicator), t.cell]));
  const existing = new Map(
    (await findTargets(db, opts.planId)).map((t) => [`region:${t.region_code}:${t.indicator_code}`, t]),
  );
  const counts: TablesSaved = { created: 0, updated: 0, unchanged: 0 };
  // New tables go after the plan's own; a table already there keeps its place.
  const offset = (await findTables(db, opts.planId)).length;
  for (const [i, table] of opts.tables.entries()) {
    const tableId = await upsertTable(db, {
      plan_id: opts.planId,
      annex: table.annex,
      title: table.title,
      unit: table.unit,
      position: offset + i,
    });
    const rows = [
      ...table.rows.map((row) => ({ row, total: false })),
      ...(table.total ? [{ row: table.total, total: true }] : []),
    ];
    await replaceTableLayout(
      db,
      tableId,
      table.columns.map((c, position) => ({
        table_id: tableId,
        position,
        indicator_code: c.indicator,
        header: c.header,
        unit: c.unit ?? null,
      })),
      rows.map(({ row, total }, position) => ({
        table_id: tableId,
        position,
        region_code: row.region.code,
        label: row.region.written ?? row.region.name,
        total,
      })),
    );
    const values = rows.flatMap(({ row }) =>
      table.columns.flatMap((column) => {
        const key = scopeKey({ kind: "region", code: row.region.code }, column.indicator);
        const cell = cells.get(key);
        if (!cell || cell.kind === "empty") return [];
        const stored = cellColumns(cell, indicatorOf(opts.catalogue, column.indicator));
        const before = existing.get(key);
        if (!before) counts.created++;
        else if (before.written === stored.written && before.table_id === tableId) counts.unchanged++;
        else counts.updated++;
        return [
          {
            plan_id: opts.planId,
            indicator_code: column.indicator,
            region_code: row.region.code,
            table_id: tableId,
            ...stored,
          },
        ];
      }),
    );
    await upsertRegionTargets(db, values);
  }
  return counts;
}

/** Writes a checked plan file as a new plan: goals, tables, tasks with their figures, campaigns. */
export async function savePlanFile(
  db: Kysely<Database>,
  opts: { plan: PlanFile; targets: readonly PlanTarget[]; catalogue: Catalogue; now: Date },
): Promise<string> {
  const { plan, catalogue } = opts;
  const planId = await insertPlan(db, {
    key: plan.key,
    title: plan.title,
    issuer: plan.issuer ?? null,
    document_number: plan.documentNumber ?? null,
    issued_on: plan.issuedOn ?? null,
    status: plan.status,
    region_code: plan.region.code,
    year: Number(plan.period.from.slice(0, 4)),
    period_from: plan.period.from,
    period_to: plan.period.to,
    source: plan.source,
    reporting: JSON.stringify(plan.reporting),
    created_at: opts.now,
    updated_at: opts.now,
  });

  await insertGoals(
    db,
    plan.headline.map((goal, position) => {
      const base = { plan_id: planId, position, text: goal.text };
      if (!goal.indicator || !goal.cell) return { ...base, indicator_code: null, ...emptyCell(goal.per) };
      const indicator = indicatorOf(catalogue, goal.indicator);
      const read = parseCell(goal.cell, { unit: indicator.unit });
      if (!read.ok || read.cell.kind === "empty")
        throw new Error(`${plan.key}: headline ${position}: ${goal.cell}`);
      const { applicable: _, ...cell } = cellColumns(read.cell, indicator, goal.per);
      return { ...base, indicator_code: goal.indicator, ...cell };
    }),
  );

  await saveTables(db, { planId, tables: plan.tables, targets: opts.targets, catalogue });

  const departments = await findDepartmentsBySeq(db, plan.region.code);
  const departmentId = (seq: number): string => {
    const id = departments.get(seq);
    if (!id) throw new Error(`${plan.key}: no department ${seq} in ${plan.region.code}`);
    return id;
  };
  const cells = new Map(opts.targets.map((t) => [scopeKey(t.scope, t.indicator), t]));
  const taskRows = [
    ...plan.regionTasks.flatMap((group) =>
      group.regions.flatMap((region) =>
        group.tasks.map((task) => ({
          annex: group.annex,
          scope: { kind: "region" as const, code: region.code },
          task,
        })),
      ),
    ),
    ...plan.departmentTasks.flatMap((d) =>
      d.tasks.map((task) => ({
        annex: DEPARTMENT_TASKS_ANNEX,
        scope: { kind: "department" as const, seq: d.department.seq },
        task,
      })),
    ),
  ];
  const inserted = await insertTasks(
    db,
    taskRows.map(({ annex, scope, task }) => ({
      plan_id: planId,
      annex,
      region_code: scope.kind === "region" ? scope.code : null,
      department_id: scope.kind === "department" ? departmentId(scope.seq) : null,
      no: task.no,
      text: task.text,
      edited: task.edited ?? null,
    })),
  );
  await insertTargets(
    db,
    taskRows.flatMap(({ scope, task }, i) =>
      task.targets.flatMap(({ indicator: indicatorCode }) => {
        const target = cells.get(scopeKey(scope, indicatorCode));
        if (!target || target.cell.kind === "empty") return [];
        return [
          {
            plan_id: planId,
            indicator_code: indicatorCode,
            region_code: scope.kind === "region" ? scope.code : null,
            department_id: scope.kind === "department" ? departmentId(scope.seq) : null,
            task_id: inserted[i]?.id ?? null,
            ...cellColumns(target.cell, indicatorOf(catalogue, indicatorCode), target.per),
          },
        ];
      }),
    ),
  );

  await insertCampaigns(
    db,
    plan.campaigns.flatMap((c) =>
      c.runs.map((run, i) => ({
        plan_id: planId,
        no: c.no,
        run: i + 1,
        scope: c.scope,
        name: c.name,
        label: run.label ?? null,
        time_text: run.time ?? null,
        months: run.time ? (parseMonths(run.time) ?? []) : [],
        organisers: run.organisers,
        department_ids: run.departments.map(departmentId),
        host_codes: run.hosts.map((h) => h.code),
        host_note: run.hostNote ?? null,
        note: run.note ?? null,
      })),
    ),
  );
  return planId;
}

function emptyCell(per: string | undefined) {
  return { written: null, value: null, unit: null, base_value: null, comparator: null, per: per ?? null };
}
