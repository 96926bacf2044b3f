import type { ImportResult } from "@jiuye/contract/regions";
import { isGbRegionCode, isZoneCode } from "@jiuye/identifiers/gb2260";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Clock } from "../../lib/clock.ts";
import { isWithin } from "../../lib/jurisdiction.ts";
import { readTable, type TableFormat, type TableRow } from "../../lib/tabular.ts";
import type { RegionDirectory } from "./regions.directory.ts";
import { type RegionRow, upsertRegions } from "./regions.repo.ts";

type RowError = ImportResult["errors"][number];

/** The level a statistical code's length implies: 9 digits township, 12 digits village. */
function levelOfCode(code: string): number | null {
  if (code.length === 9) return 4;
  if (code.length === 12) return 5;
  return null;
}

/**
 * Checks region rows against the directory and each other; returns the rows to write (parents
 * first) and the located errors. A row whose parent is bad is bad too.
 */
export function checkRegionRows(
  rows: TableRow[],
  known: (code: string) => { level: number; path: string } | undefined,
  jurisdictionPath: string | null,
) {
  const errors: RowError[] = [];
  const accepted = new Map<string, RegionRow>();
  for (const { rowNumber, cells } of rows) {
    const fail = (column: string | null, message: string) => errors.push({ row: rowNumber, column, message });
    const code = cells.code ?? "";
    const name = cells.name ?? "";
    const parentCode = cells.parent_code ?? "";
    const kind = cells.kind === "zone" || isZoneCode(code) ? "zone" : "gb2260";
    if (!isGbRegionCode(code) && !isZoneCode(code)) {
      fail("code", `"${code}" is not a GB/T 2260 code (6, 9 or 12 digits) or a zone code like 652300-Z01`);
      continue;
    }
    if (!name) {
      fail("name", "the name is empty");
      continue;
    }
    const level = Number(cells.level);
    if (!Number.isInteger(level) || level < 1 || level > 5) {
      fail("level", `level must be 1 to 5, not "${cells.level ?? ""}"`);
      continue;
    }
    const implied = levelOfCode(code);
    if (implied !== null && implied !== level) {
      fail("level", `a ${code.length}-digit code is level ${implied}, not ${level}`);
      continue;
    }
    if (accepted.has(code)) {
      fail("code", `${code} appears twice in the file`);
      continue;
    }
    let parentPath: string | null = null;
    if (level > 1) {
      const parent = accepted.get(parentCode) ?? known(parentCode);
      if (!parent) {
        fail(
          "parent_code",
          `parent ${parentCode || "(empty)"} is neither in the platform nor earlier in the file`,
        );
        continue;
      }
      if (parent.level !== level - 1) {
        fail(
          "parent_code",
          `parent ${parentCode} is level ${parent.level}; a level-${level} region needs level ${level - 1}`,
        );
        continue;
      }
      parentPath = parent.path;
    }
    if (jurisdictionPath !== null && !isWithin(jurisdictionPath, parentPath ?? code)) {
      fail("parent_code", `${code} lies outside your jurisdiction`);
      continue;
    }
    accepted.set(code, {
      code,
      name,
      level,
      parent_code: level > 1 ? parentCode : null,
      kind,
      path: parentPath ? `${parentPath}.${code}` : code,
    });
  }
  return { rows: [...accepted.values()], errors };
}

/**
 * Imports regions (townships, villages) from a file: valid rows are written, bad rows reported.
 * The caller reloads the directory once the write has committed.
 */
export async function importRegions(opts: {
  db: Kysely<Database>;
  clock: Clock;
  directory: RegionDirectory;
  /** Only rows inside this region path are accepted (null: anywhere). */
  jurisdictionPath: string | null;
  file: Buffer;
  format: TableFormat;
  dryRun: boolean;
}): Promise<ImportResult> {
  const table = await readTable(opts.file, opts.format);
  const missing = ["code", "name", "level", "parent_code"].filter((h) => !table.headers.includes(h));
  if (missing.length > 0) {
    return {
      dryRun: opts.dryRun,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      errors: missing.map((column) => ({
        row: 1,
        column,
        message: `the header row lacks the column "${column}"`,
      })),
    };
  }
  const { rows, errors } = checkRegionRows(
    table.rows,
    (code) => opts.directory.get(code),
    opts.jurisdictionPath,
  );
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  const changed: RegionRow[] = [];
  for (const row of rows) {
    const existing = opts.directory.get(row.code);
    if (!existing) inserted++;
    else if (
      existing.name === row.name &&
      existing.parentCode === row.parent_code &&
      existing.level === row.level
    ) {
      unchanged++;
      continue;
    } else updated++;
    changed.push(row);
  }
  if (!opts.dryRun && changed.length > 0) await upsertRegions(opts.db, changed, opts.clock.now());
  return { dryRun: opts.dryRun, inserted, updated, unchanged, errors };
}
