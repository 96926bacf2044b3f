import {
  allocationInputSchema,
  attendanceInputSchema,
  payrollInputSchema,
  workerInputSchema,
} from "@jiuye/contract/wage-projects";
import type { z } from "zod";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import {
  checkHeaderRow,
  columnOfHeader,
  type RowError,
  readTable,
  type TableFormat,
} from "../../lib/tabular.ts";
import { projectPolicy } from "./wages.access.ts";
import { checkProjectFacts, type Facts, loadProject, writeProjectFacts } from "./wages.service.ts";
import { readCell, type UploadKind, WAGE_TEMPLATES } from "./wages.template.ts";

/** Where each sheet's rows go in a push, and the schema of one row. */
const SHEETS = {
  roster: { key: "workers", schema: workerInputSchema },
  attendance: { key: "attendance", schema: attendanceInputSchema },
  payroll: { key: "payroll", schema: payrollInputSchema },
  allocations: { key: "laborCostAllocations", schema: allocationInputSchema },
} as const satisfies Record<UploadKind, { key: keyof Facts; schema: z.ZodType }>;

const NO_COUNTS = { created: 0, updated: 0, unchanged: 0 };

/**
 * A sheet uploaded for a project: every row read by the template's columns and checked like a push;
 * the valid rows are upserted (unless a dry run), each bad row is reported with its row, column and
 * reason. Uploading the same file again changes nothing.
 */
export async function uploadProjectSheet(
  deps: Deps,
  actor: Actor,
  projectId: string,
  upload: { kind: UploadKind; file: Buffer; format: TableFormat; dryRun: boolean },
) {
  const { scope } = await loadProject(deps, projectId);
  authorize(projectPolicy.feed, actor, scope);
  const { columns } = WAGE_TEMPLATES[upload.kind];
  const sheet = SHEETS[upload.kind];
  const { headers, rows } = await readTable(upload.file, upload.format);
  const { missing, unknown } = checkHeaderRow(columns, headers);
  const errors: RowError[] = [...missing, ...unknown];
  if (missing.length > 0) return { dryRun: upload.dryRun, rows: rows.length, counts: NO_COUNTS, errors };
  const headerOf = (field: PropertyKey | undefined) => columns.find((c) => c.field === field)?.header ?? null;
  const items: { row: number; value: unknown }[] = [];
  for (const { rowNumber, cells } of rows) {
    const value: Record<string, unknown> = {};
    let bad = false;
    for (const header of headers) {
      const column = columnOfHeader(columns, header);
      if (!column) continue;
      const read = readCell(column.kind, cells[header] ?? "");
      if ("error" in read) {
        errors.push({ row: rowNumber, column: column.header, message: read.error });
        bad = true;
      } else if (read.value !== undefined) value[column.field] = read.value;
    }
    if (bad) continue;
    const parsed = sheet.schema.safeParse(value);
    if (parsed.success) items.push({ row: rowNumber, value: parsed.data });
    else
      for (const issue of parsed.error.issues)
        errors.push({ row: rowNumber, column: headerOf(issue.path[0]), message: issue.message });
  }
  const facts = { workers: [], attendance: [], payroll: [], laborCostAllocations: [] } as Facts;
  Object.assign(facts, { [sheet.key]: items.map((i) => i.value) });
  const refused = new Set<number>();
  for (const issue of await checkProjectFacts(deps, projectId, facts)) {
    const m = /^\$\.\w+\[(\d+)\](?:\.(\w+))?/.exec(issue.path);
    const item = items[Number(m?.[1])];
    if (!item) continue;
    refused.add(Number(m?.[1]));
    errors.push({
      row: item.row,
      column: headerOf(m?.[2]),
      message: issue.message.replace(/\$\.\w+\[(\d+)\]/, (_, i) => `row ${items[Number(i)]?.row}`),
    });
  }
  Object.assign(facts, { [sheet.key]: items.filter((_, i) => !refused.has(i)).map((i) => i.value) });
  const counts = upload.dryRun ? NO_COUNTS : (await writeProjectFacts(deps, projectId, facts))[sheet.key];
  errors.sort((a, b) => a.row - b.row);
  return { dryRun: upload.dryRun, rows: rows.length, counts, errors };
}
