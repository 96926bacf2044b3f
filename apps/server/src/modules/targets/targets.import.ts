/**
 * `jiuye plan import`: target tables from a government workbook into a plan. Columns are matched to
 * indicators and rows to regions by name, using the headers and names the stored plans already use;
 * what cannot be matched surely is left out with a located warning, never guessed. Cells are read by
 * `@jiuye/targets` (`/` stays not applicable; 2.35 in a 万个 column is 23,500), sums are checked
 * against the 合计 row (a mismatch warns and imports anyway), and a cell that cannot be read is a
 * located error while the rest of the table is taken.
 */
import path from "node:path";
import { toNumber } from "@jiuye/targets/decimal";
import type { Indicator } from "@jiuye/targets/indicator";
import { checkPlan } from "@jiuye/targets/plan-check";
import type { PlanFile, RegionRef, TableColumn, TargetTable } from "@jiuye/targets/plan-file";
import { formatUnit, parseUnit } from "@jiuye/targets/units";
import type { Deps } from "../../http/context.ts";
import { AppError } from "../../lib/errors.ts";
import type { RegionEntry } from "../regions/regions.directory.ts";
import { findPlanByKey, findTableVocabulary, insertPlan } from "./targets.repo.ts";
import { saveTables, type TablesSaved } from "./targets.save.ts";
import { loadCatalogue } from "./targets.service.ts";
import { readTargetWorkbook, type SheetTable } from "./targets.workbook.ts";

export interface Located {
  sheet: string;
  row?: number;
  column?: string;
}

export type ImportWarning = Located & { code: string; [detail: string]: unknown };

export interface ImportedTarget extends Located {
  region: string;
  regionName: string;
  indicator: string;
  /** The figure and unit as written; null for `/` (not applicable). */
  value: number | null;
  unit: string | null;
  written: string;
}

export interface PlanImport {
  /** `id` is null on a dry run that would create the plan. */
  plan: { id: string | null; key: string; title: string; region: string; year: number; created: boolean };
  targets: ImportedTarget[];
  warnings: ImportWarning[];
  errors: (Located & { code: string; message: string; written: string })[];
  summary: TablesSaved;
}

type ImportDeps = Pick<Deps, "db" | "regions" | "clock">;

const squeeze = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");
const stripUnit = (text: string) => text.replace(/\([^()]*\)$/, "");
const bare = (text: string) => stripUnit(text).replace(/(人数|数量|总数|数)$/, "");

/** What a header may be looked up by, surest first: as written, without its unit, its last part. */
function headerKeys(header: string): string[] {
  const last = header.split("/").at(-1) ?? header;
  return [...new Set([header, stripUnit(header), last, stripUnit(last), bare(last)].filter((k) => k !== ""))];
}

/** The unit a header states in brackets at its end: `职业技能培训(人次)` → 人次. */
function headerUnit(header: string): string | null {
  const m = /\(([^()]+)\)$/.exec(header);
  const unit = m?.[1] ? parseUnit(m[1]) : null;
  return unit ? formatUnit(unit) : null;
}

function columnIndex(
  catalogue: ReadonlyMap<string, Indicator>,
  headers: { header: string; indicator_code: string }[],
) {
  const index = new Map<string, Set<string>>();
  const add = (key: string, code: string) => index.set(key, new Set([...(index.get(key) ?? []), code]));
  for (const i of catalogue.values())
    for (const key of new Set([squeeze(i.name), bare(squeeze(i.name))])) add(key, i.code);
  for (const h of headers) for (const key of headerKeys(squeeze(h.header))) add(key, h.indicator_code);
  return index;
}

/** The regions a table's rows may name: within the plan's region, or (for a new plan) down to counties. */
function candidateRegions(regions: Deps["regions"], rootCode: string | null): RegionEntry[] {
  const out: RegionEntry[] = [];
  const root = rootCode ? regions.get(rootCode) : undefined;
  const queue = root ? [root] : [...regions.children(null)];
  while (queue.length > 0) {
    const region = queue.shift() as RegionEntry;
    out.push(region);
    if (root || region.level < 3) queue.push(...regions.children(region.code));
  }
  return out;
}

const SUFFIX = /(地区|开发区|自治州|自治县|州|县|市|区)$/;

function matchRegion(
  label: string,
  candidates: readonly RegionEntry[],
  aliases: ReadonlyMap<string, Set<string>>,
) {
  const exact = candidates.filter((r) => r.name === label);
  if (exact.length > 0) return exact;
  const aliased = candidates.filter((r) => aliases.get(label)?.has(r.code));
  if (aliased.length > 0) return aliased;
  const suffix = SUFFIX.exec(label)?.[1];
  const stem = suffix ? label.slice(0, -suffix.length) : label;
  if (stem.length < 2) return [];
  return candidates.filter((r) => r.name.startsWith(stem) && (!suffix || r.name.endsWith(suffix)));
}

/** The deepest region containing all of `codes`' parents: where a new plan's table belongs. */
function commonParent(regions: Deps["regions"], codes: readonly string[]): string | null {
  const paths = codes.map((c) => (regions.get(regions.get(c)?.parentCode ?? "")?.path ?? "").split("."));
  const first = paths[0] ?? [];
  let depth = 0;
  while (depth < first.length && paths.every((p) => p[depth] === first[depth])) depth++;
  return depth === 0 ? null : (first[depth - 1] ?? null);
}

/** Reads a workbook and writes its tables into the plan `key` (created when new); a dry run writes nothing. */
export async function importPlanWorkbook(
  deps: ImportDeps,
  opts: { file: Buffer; fileName: string; key?: string; year?: number; dryRun: boolean },
): Promise<PlanImport> {
  const { tables: sheets, skipped } = await readTargetWorkbook(opts.file);
  if (sheets.length === 0)
    throw new AppError("TARGETS_IMPORT_UNREADABLE", "No sheet of this file holds a target table");
  const key = opts.key ?? path.basename(opts.fileName).replace(/\.[^.]+$/, "");
  const existing = await findPlanByKey(deps.db, key);
  const catalogue = await loadCatalogue(deps.db);
  const vocabulary = await findTableVocabulary(deps.db);
  const aliases = new Map<string, Set<string>>();
  for (const l of vocabulary.labels) {
    const label = squeeze(l.label);
    aliases.set(label, new Set([...(aliases.get(label) ?? []), l.region_code]));
  }
  const ctx: MatchContext = {
    catalogue,
    columns: columnIndex(catalogue, vocabulary.headers),
    candidates: candidateRegions(deps.regions, existing?.region_code ?? null),
    aliases,
    warnings: skipped.map((sheet) => ({ code: "NO_TABLE", sheet })),
  };
  const annexes = new Set<string>();
  // Sheets where nothing could be matched add no table (their rows and columns were warned about).
  const matched = sheets
    .map((sheet) => {
      const annex = annexes.has(sheet.annex) ? sheet.sheet : sheet.annex;
      annexes.add(annex);
      return matchSheet({ ...sheet, annex }, ctx);
    })
    .filter((m) => !m.empty);

  const regionCode =
    existing?.region_code ??
    commonParent(
      deps.regions,
      matched.flatMap((m) => m.regionCodes),
    );
  const region = regionCode ? deps.regions.get(regionCode) : undefined;
  if (!region) throw new AppError("TARGETS_IMPORT_UNREADABLE", "No row of the file names a known region");
  const title = sheets.find((s) => s.title !== "")?.title ?? "";
  const year = existing?.year ?? opts.year ?? Number(/((?:19|20)\d{2})\s*年/.exec(title)?.[1]);
  if (!Number.isInteger(year))
    throw new AppError(
      "TARGETS_IMPORT_UNREADABLE",
      "The title names no year: say which year the plan is for (--year)",
    );

  const tables = matched.map((m) => m.table(region, ctx.warnings));
  const check = checkPlan(planShell(key, region, year, tables), [...catalogue.values()]);
  for (const w of check.warnings) {
    const i = tables.findIndex((t) => t.columns.some((c) => c.indicator === w.indicator));
    const header = tables[i]?.columns.find((c) => c.indicator === w.indicator)?.header;
    ctx.warnings.push({ ...w, ...(matched[i]?.locate(matched[i]?.totalLabel, header) ?? { sheet: "" }) });
  }
  const errors = check.errors.map((e) => {
    const m = matched.find((x) => x.sheet.annex === e.at?.sheet);
    const at = m?.locate(e.at?.row, e.at?.column) ?? { sheet: String(e.at?.sheet ?? "") };
    return { code: e.code, message: e.message, written: e.written, ...at };
  });
  const targets = check.targets.flatMap((t): ImportedTarget[] => {
    if (t.scope.kind !== "region" || t.cell.kind === "empty") return [];
    const code = t.scope.code;
    const at = matched.map((m) => m.locateTarget(code, t.indicator, region.code)).find((x) => x !== null);
    return [
      {
        region: code,
        regionName: deps.regions.get(code)?.name ?? code,
        indicator: t.indicator,
        value: t.cell.kind === "value" ? toNumber(t.cell.value) : null,
        unit: t.cell.kind === "value" ? formatUnit(t.cell.unit) : null,
        written: t.cell.written,
        ...(at ?? { sheet: "" }),
      },
    ];
  });

  const written = await writeOrRollBack(deps, opts.dryRun, async (db) => {
    const now = deps.clock.now();
    const planId =
      existing?.id ??
      (await insertPlan(db, {
        key,
        title: title || key,
        status: "issued",
        region_code: region.code,
        year,
        period_from: `${year}-01-01`,
        period_to: `${year}-12-31`,
        source: path.basename(opts.fileName),
        created_at: now,
        updated_at: now,
      }));
    return { planId, summary: await saveTables(db, { planId, tables, targets: check.targets, catalogue }) };
  });
  const plan = {
    id: opts.dryRun ? (existing?.id ?? null) : written.planId,
    key,
    title: existing?.title ?? (title || key),
    region: region.code,
    year,
    created: !existing,
  };
  return { plan, targets, warnings: ctx.warnings, errors, summary: written.summary };
}

interface Written {
  planId: string;
  summary: TablesSaved;
}

class DryRun extends Error {
  readonly result: Written;
  constructor(result: Written) {
    super("dry run");
    this.result = result;
  }
}

/** Runs the writes in a transaction; a dry run rolls them back and reports what they would have done. */
async function writeOrRollBack(
  deps: ImportDeps,
  dryRun: boolean,
  write: (db: Deps["db"]) => Promise<Written>,
): Promise<Written> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const result = await write(trx);
      if (dryRun) throw new DryRun(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}

function planShell(key: string, region: RegionEntry, year: number, tables: TargetTable[]): PlanFile {
  return {
    format: "jiuye.plan/1",
    key,
    title: key,
    status: "issued",
    region: { code: region.code, name: region.name },
    period: { from: `${year}-01-01`, to: `${year}-12-31` },
    source: key,
    headline: [],
    tables,
    breakdowns: [],
    regionTasks: [],
    departmentTasks: [],
    campaigns: [],
    reporting: [],
  };
}

interface MatchContext {
  catalogue: ReadonlyMap<string, Indicator>;
  columns: ReadonlyMap<string, Set<string>>;
  candidates: readonly RegionEntry[];
  aliases: ReadonlyMap<string, Set<string>>;
  warnings: ImportWarning[];
}

/** A sheet's columns matched to indicators and rows to regions; the rest warned about and left out. */
function matchSheet(sheet: SheetTable, ctx: MatchContext) {
  const columns: { column: TableColumn; letter: string; col: number }[] = [];
  const sheetUnit = sheet.unit ? parseUnit(sheet.unit) : null;
  for (const c of sheet.columns) {
    const codes = headerKeys(c.header)
      .map((k) => ctx.columns.get(k))
      .find((found) => found !== undefined);
    const code = codes?.size === 1 ? [...codes][0] : undefined;
    const indicator = code ? ctx.catalogue.get(code) : undefined;
    const at = { sheet: sheet.sheet, column: c.letter, header: c.header };
    if (!indicator) {
      ctx.warnings.push({ code: "UNMATCHED_COLUMN", ...at, candidates: [...(codes ?? [])] });
      continue;
    }
    if (columns.some((x) => x.column.indicator === indicator.code)) {
      ctx.warnings.push({ code: "DUPLICATE_COLUMN", ...at, indicator: indicator.code });
      continue;
    }
    // A unit line that cannot apply (单位：人 over a rate) gives way to the indicator's own unit.
    let unit = headerUnit(c.header) ?? undefined;
    if (!unit && sheetUnit?.base !== indicator.unit.base) {
      unit = formatUnit(indicator.unit);
      ctx.warnings.push({ code: "UNIT_ASSUMED", ...at, unit });
    }
    columns.push({
      column: { indicator: indicator.code, header: c.header, unit },
      letter: c.letter,
      col: c.col,
    });
  }

  const rows: { region: RegionRef | null; label: string; sheetRow: number; cells: string[] }[] = [];
  for (const r of sheet.rows) {
    const cells = columns.map((c) => r.cells.get(c.col) ?? "");
    const at = { sheet: sheet.sheet, row: r.row, label: r.label };
    if (r.total) {
      if (rows.some((x) => x.region === null)) ctx.warnings.push({ code: "DUPLICATE_ROW", ...at });
      else rows.push({ region: null, label: r.label, sheetRow: r.row, cells });
      continue;
    }
    const found = matchRegion(r.label, ctx.candidates, ctx.aliases);
    const region = found.length === 1 ? found[0] : undefined;
    if (!region) {
      ctx.warnings.push({ code: "UNMATCHED_ROW", ...at, candidates: found.map((x) => x.code) });
      continue;
    }
    if (rows.some((x) => x.region?.code === region.code)) {
      ctx.warnings.push({ code: "DUPLICATE_ROW", ...at, region: region.code });
      continue;
    }
    const ref = {
      code: region.code,
      name: region.name,
      ...(r.label === region.name ? {} : { written: r.label }),
    };
    rows.push({ region: ref, label: r.label, sheetRow: r.row, cells });
  }
  const total = rows.find((r) => r.region === null);
  const rowOf = (label: string | number | undefined) => rows.find((r) => r.label === label)?.sheetRow;
  const letterOf = (header: string | number | undefined) =>
    columns.find((c) => c.column.header === header)?.letter;

  return {
    sheet,
    totalLabel: total?.label,
    empty: columns.length === 0 || rows.length === 0,
    regionCodes: rows.flatMap((r) => (r.region ? [r.region.code] : [])),
    /** The sheet as a plan table; its 合计 row stands for the plan's region (a row naming that region too is left out). */
    table: (planRegion: RegionEntry, warnings: ImportWarning[]): TargetTable => {
      const own = rows.find((r) => total && r.region?.code === planRegion.code);
      if (own)
        warnings.push({
          code: "DUPLICATE_ROW",
          sheet: sheet.sheet,
          row: own.sheetRow,
          label: own.label,
          region: planRegion.code,
        });
      return {
        annex: sheet.annex,
        title: sheet.title,
        unit: sheet.unit ?? columns[0]?.column.unit ?? "",
        columns: columns.map((c) => c.column),
        rows: rows.flatMap((r) => (r.region && r !== own ? [{ region: r.region, cells: r.cells }] : [])),
        total: total
          ? {
              region: { code: planRegion.code, name: planRegion.name, written: total.label },
              cells: total.cells,
            }
          : undefined,
      };
    },
    /** Where a plan-check location (row label, column header) is on the sheet. */
    locate: (label: string | number | undefined, header: string | number | undefined): Located => ({
      sheet: sheet.sheet,
      row: rowOf(label),
      column: letterOf(header),
    }),
    /** Where a target of a region (the plan's region: the 合计 row) is on the sheet, if it is. */
    locateTarget: (code: string, indicator: string, planCode: string): Located | null => {
      const row = rows.find((r) => r.region?.code === code) ?? (code === planCode ? total : undefined);
      const column = columns.find((c) => c.column.indicator === indicator);
      return row && column ? { sheet: sheet.sheet, row: row.sheetRow, column: column.letter } : null;
    },
  };
}
