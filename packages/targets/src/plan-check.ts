/**
 * Reads every target of a plan file through `parseCell`: the figures per region, per department and in
 * the text, with located errors for what cannot be read and a `SUM_MISMATCH` warning wherever parts do
 * not add up to a stated total. Campaign times are read with `parseMonths`.
 */
import { type Cell, type CellError, type CellLocation, parseCell } from "./cell.ts";
import type { Indicator } from "./indicator.ts";
import { parseMonths } from "./months.ts";
import type { PlanFile, TableRow, TargetTable, Task } from "./plan-file.ts";
import { checkSum, type SumMismatch } from "./sums.ts";
import { parseUnit, type Unit } from "./units.ts";

export type TargetScope =
  | { kind: "plan" }
  | { kind: "region"; code: string }
  | { kind: "department"; seq: number };

export interface PlanTarget {
  scope: TargetScope;
  indicator: string;
  cell: Cell;
  per?: string;
}

export interface PlanError {
  code: CellError["code"] | "UNKNOWN_INDICATOR" | "UNKNOWN_UNIT" | "ROW_LENGTH" | "UNREADABLE_TIME";
  message: string;
  written: string;
  at?: CellLocation;
}

export interface PlanCheck {
  targets: PlanTarget[];
  errors: PlanError[];
  warnings: SumMismatch[];
}

/** All targets of `plan`, read against the indicator catalogue. */
export function checkPlan(plan: PlanFile, indicators: readonly Indicator[]): PlanCheck {
  const catalogue = new Map(indicators.map((i) => [i.code, i]));
  const out: PlanCheck = { targets: [], errors: [], warnings: [] };

  const read = (
    scope: TargetScope,
    indicator: string,
    written: string,
    at: CellLocation,
    extra: { unit?: Unit; per?: string } = {},
  ): Cell | null => {
    const known = catalogue.get(indicator);
    if (!known) {
      out.errors.push({ code: "UNKNOWN_INDICATOR", message: `no indicator ${indicator}`, written, at });
      return null;
    }
    if (extra.unit && extra.unit.base !== known.unit.base) {
      out.errors.push({
        code: "UNIT_MISMATCH",
        message: `the column's unit is not ${indicator}'s`,
        written,
        at,
      });
      return null;
    }
    const result = parseCell(written, { unit: extra.unit ?? known.unit, at });
    if (!result.ok) {
      out.errors.push(result.error);
      return null;
    }
    out.targets.push({ scope, indicator, cell: result.cell, per: extra.per });
    return result.cell;
  };

  plan.headline.forEach((goal, i) => {
    if (goal.indicator && goal.cell)
      read({ kind: "plan" }, goal.indicator, goal.cell, { sheet: "headline", row: i }, { per: goal.per });
  });

  for (const table of plan.tables) checkTable(table, read, out);

  for (const b of plan.breakdowns) {
    const at = (row: string): CellLocation => ({ sheet: b.name, row });
    const total = parseCell(b.total, { at: at("total") });
    const parts = b.parts.map((part) => parseCell(part.cell, { at: at(part.name) }));
    const failed = [total, ...parts].flatMap((r) => (r.ok ? [] : [r.error]));
    out.errors.push(...failed);
    if (total.ok && failed.length === 0) {
      const cells = parts.flatMap((r) => (r.ok ? [r.cell] : []));
      const mismatch = checkSum({ indicator: b.name, region: plan.region.code }, cells, total.cell);
      if (mismatch) out.warnings.push(mismatch);
    }
  }

  const readTasks = (scope: TargetScope, sheet: string, tasks: readonly Task[]) => {
    for (const task of tasks)
      for (const target of task.targets) read(scope, target.indicator, target.cell, { sheet, row: task.no });
  };
  for (const group of plan.regionTasks)
    for (const r of group.regions) readTasks({ kind: "region", code: r.code }, group.annex, group.tasks);
  for (const d of plan.departmentTasks)
    readTasks({ kind: "department", seq: d.department.seq }, d.department.name, d.tasks);

  for (const c of plan.campaigns)
    for (const run of c.runs)
      if (run.time !== undefined && parseMonths(run.time) === null)
        out.errors.push({
          code: "UNREADABLE_TIME",
          message: "no months in this time",
          written: run.time,
          at: { sheet: "campaigns", row: c.no },
        });

  return out;
}

type ReadCell = (
  scope: TargetScope,
  indicator: string,
  written: string,
  at: CellLocation,
  extra?: { unit?: Unit },
) => Cell | null;

function checkTable(table: TargetTable, read: ReadCell, out: PlanCheck): void {
  const tableUnit = parseUnit(table.unit);
  const units = table.columns.map((c) => {
    const unit = parseUnit(c.unit ?? table.unit) ?? tableUnit;
    if (!unit)
      out.errors.push({
        code: "UNKNOWN_UNIT",
        message: "unknown unit",
        written: c.unit ?? table.unit,
        at: { sheet: table.annex, column: c.header },
      });
    return unit;
  });

  const readRow = (row: TableRow, label: string): (Cell | null)[] => {
    if (row.cells.length !== table.columns.length)
      out.errors.push({
        code: "ROW_LENGTH",
        message: `${row.cells.length} cells for ${table.columns.length} columns`,
        written: row.cells.join("\t"),
        at: { sheet: table.annex, row: label },
      });
    return table.columns.map((column, i) => {
      const at = { sheet: table.annex, row: label, column: column.header };
      const unit = units[i];
      return read(
        { kind: "region", code: row.region.code },
        column.indicator,
        row.cells[i] ?? "",
        at,
        unit ? { unit } : {},
      );
    });
  };

  const rows = table.rows.map((row) => readRow(row, row.region.written ?? row.region.name));
  if (!table.total) return;
  const totals = readRow(table.total, table.total.region.written ?? table.total.region.name);
  table.columns.forEach((column, i) => {
    const total = totals[i];
    const parts = rows.map((cells) => cells[i]);
    if (!total || parts.some((p) => !p)) return;
    const mismatch = checkSum(
      { indicator: column.indicator, region: table.total?.region.code ?? "" },
      parts.filter((p): p is Cell => p !== null && p !== undefined),
      total,
    );
    if (mismatch) out.warnings.push(mismatch);
  });
}
