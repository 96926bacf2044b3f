/**
 * Target tables in workbooks as governments lay them out: an annex line (附件1), a title, a unit line
 * (单位：人), a header of one to three rows with merged cells, a 序号 column, a column naming the
 * regions, figures (numbers, or numbers stored as text, `/`, `≥98%`), and a 合计 row. Reading finds
 * that structure on each sheet; writing lays a table out the same way, so an export re-imports as it was.
 */
import { parseCell } from "@jiuye/targets/cell";
import ExcelJS from "exceljs";
import { AppError } from "../../lib/errors.ts";

export interface SheetColumn {
  /** Spreadsheet column number (1 = A) and letter. */
  col: number;
  letter: string;
  /** Header rows joined by `/`, spaces and line breaks removed, full-width forms folded. */
  header: string;
}

export interface SheetRow {
  row: number;
  /** The region as written, spaces removed (`准东开 发区` → `准东开发区`). */
  label: string;
  total: boolean;
  /** Cell text by column number. */
  cells: ReadonlyMap<number, string>;
}

export interface SheetTable {
  sheet: string;
  /** The annex line (`附件 1` → `附件1`), else the sheet's name. */
  annex: string;
  title: string;
  /** The unit line's unit (`单位：万人` → `万人`), if there is one. */
  unit: string | null;
  columns: SheetColumn[];
  rows: SheetRow[];
}

const TOTAL = /^(合计|总计|全州|全区|全疆|全市|全县)$/;
const ANNEX = /^附件(\d+)$/;
const UNIT_LINE = /^单位[:：](.+)$/;
const SERIAL = /^(序号|编号)$/;

/** Spreadsheet column letters: 1 → A, 27 → AA. */
function columnLetter(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function squeeze(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/**
 * A number as the figure it stands for: 15 significant digits (Excel's 2.3500000000000001 is 2.35),
 * no exponent, and a cell formatted as a percentage (0.98 shown as 98%) read as `98%`.
 */
function numberText(n: number, numFmt: string | undefined): string {
  const percent = numFmt?.includes("%") ?? false;
  const value = Number((percent ? n * 100 : n).toPrecision(15));
  const text = /e/i.test(String(value)) ? value.toFixed(20).replace(/\.?0+$/, "") : String(value);
  return percent ? `${text}%` : text;
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value, numFmt);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return valueText(value.result as ExcelJS.CellValue, numFmt);
    if ("text" in value) return String(value.text);
    return "";
  }
  return String(value);
}

/** Looks like a target figure (a number, `/`, `≥98%`), as opposed to a header or a name. */
function isFigure(text: string): boolean {
  const read = parseCell(text, { unit: { base: "person", power: 0 } });
  return read.ok ? read.cell.kind !== "empty" : read.error.code === "UNIT_MISMATCH";
}

/** Reads every sheet that holds a target table; `skipped` names the non-empty sheets that do not. */
export async function readTargetWorkbook(file: Buffer): Promise<{ tables: SheetTable[]; skipped: string[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError(
      "TARGETS_IMPORT_UNREADABLE",
      `The .xlsx file cannot be read: ${(error as Error).message}`,
    );
  }
  const tables: SheetTable[] = [];
  const skipped: string[] = [];
  for (const sheet of workbook.worksheets) {
    const table = readSheet(sheet);
    if (table) tables.push(table);
    else if (sheet.actualRowCount > 0) skipped.push(sheet.name);
  }
  return { tables, skipped };
}

function readSheet(sheet: ExcelJS.Worksheet): SheetTable | null {
  const rowCount = sheet.rowCount;
  const colCount = sheet.columnCount;
  /** The text of a cell, read through its merge: every cell of a merged range reads the range's text. */
  const text = (r: number, c: number): string => {
    const cell = sheet.getCell(r, c);
    const master = cell.isMerged ? cell.master : cell;
    return valueText(master.value, master.numFmt).trim();
  };
  const masterOf = (r: number, c: number) => {
    const cell = sheet.getCell(r, c);
    return cell.isMerged ? cell.master.address : cell.address;
  };
  const distinct = (r: number) => {
    const seen = new Map<string, string>();
    for (let c = 1; c <= colCount; c++) {
      const t = text(r, c);
      if (t !== "") seen.set(masterOf(r, c), t);
    }
    return [...seen.values()];
  };

  let annex: string | null = null;
  let title = "";
  let unit: string | null = null;
  let headerStart = 0;
  for (let r = 1; r <= rowCount; r++) {
    const texts = distinct(r);
    if (texts.length === 0) continue;
    if (texts.length >= 2) {
      headerStart = r;
      break;
    }
    const line = squeeze(texts[0] ?? "");
    const annexMatch = ANNEX.exec(line);
    const unitMatch = UNIT_LINE.exec(line);
    if (annexMatch) annex = `附件${annexMatch[1]}`;
    else if (unitMatch) unit = unitMatch[1] ?? null;
    else if (title === "") title = (texts[0] ?? "").replace(/\s+/g, " ").trim();
  }
  if (headerStart === 0) return null;

  const figures = (r: number) => {
    let count = 0;
    let filled = 0;
    for (let c = 2; c <= colCount; c++) {
      const t = text(r, c);
      if (t === "") continue;
      filled++;
      if (isFigure(t)) count++;
    }
    return filled > 0 && count * 2 >= filled;
  };
  let dataStart = 0;
  for (let r = headerStart + 1; r <= rowCount && r <= headerStart + 3; r++)
    if (figures(r)) {
      dataStart = r;
      break;
    }
  if (dataStart === 0) return null;
  const headerRows = Array.from({ length: dataStart - headerStart }, (_, i) => headerStart + i);

  // The label column: the first (after a 序号 column) whose data cells are mostly names, not figures.
  let labelCol = 0;
  for (let c = 1; c <= colCount && labelCol === 0; c++) {
    if (SERIAL.test(squeeze(text(headerStart, c)))) continue;
    let names = 0;
    let filled = 0;
    for (let r = dataStart; r <= rowCount; r++) {
      const t = text(r, c);
      if (t === "") continue;
      filled++;
      if (!isFigure(t)) names++;
    }
    if (filled > 0 && names * 2 > filled) labelCol = c;
  }
  if (labelCol === 0) return null;

  const columns: SheetColumn[] = [];
  for (let c = labelCol + 1; c <= colCount; c++) {
    const parts: string[] = [];
    for (const r of headerRows) {
      const part = squeeze(text(r, c));
      if (part !== "" && parts.at(-1) !== part) parts.push(part);
    }
    let used = parts.length > 0;
    for (let r = dataStart; r <= rowCount && !used; r++) used = text(r, c) !== "";
    if (used) columns.push({ col: c, letter: columnLetter(c), header: parts.join("/") });
  }

  const rows: SheetRow[] = [];
  for (let r = dataStart; r <= rowCount; r++) {
    // 合计 is often written in the 序号 column, merged with the label column or not.
    const before = Array.from({ length: labelCol - 1 }, (_, i) => squeeze(text(r, i + 1)));
    const label = squeeze(text(r, labelCol)) || (before.find((t) => TOTAL.test(t)) ?? "");
    const cells = new Map(columns.map((column) => [column.col, text(r, column.col)]));
    // Skip empty rows and notes below the table (one merged line).
    if (label === "" || [...cells.values()].every((t) => t === "") || distinct(r).length < 2) continue;
    rows.push({ row: r, label, total: TOTAL.test(label), cells });
  }
  return { sheet: sheet.name, annex: annex ?? sheet.name, title, unit, columns, rows };
}

interface WorkbookTable {
  annex: string;
  title: string;
  unit: string;
  /** Headers as stored: two header rows joined by `/`. */
  columns: { header: string }[];
  rows: { label: string; total: boolean; cells: string[] }[];
}

const PLAIN_NUMBER = /^-?\d{1,15}(\.\d{1,14})?$/;

/**
 * Writes tables one per sheet: annex line, title, unit line, a two-row header (a header `A/B` puts A
 * over B, merged across the columns that share it; a header without `/` spans both rows), numbered
 * rows, and the 合计 row last. Plain figures are written as numbers, everything else as written.
 */
export async function writeTargetWorkbook(tables: readonly WorkbookTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.annex.replace(/[[\]:*?/\\]/g, "_").slice(0, 31));
    const last = table.columns.length + 2;
    sheet.getCell(1, 1).value = table.annex;
    sheet.getCell(2, 1).value = table.title;
    sheet.mergeCells(2, 1, 2, last);
    sheet.getCell(2, 1).font = { bold: true, size: 14 };
    sheet.getCell(2, 1).alignment = { horizontal: "center" };
    sheet.getCell(3, 1).value = `单位：${table.unit}`;
    sheet.getCell(4, 1).value = "序号";
    sheet.mergeCells(4, 1, 5, 1);
    sheet.getCell(4, 2).value = "地区";
    sheet.mergeCells(4, 2, 5, 2);
    const split = table.columns.map((c) => {
      const at = c.header.indexOf("/");
      return at < 0
        ? { top: c.header, bottom: null }
        : { top: c.header.slice(0, at), bottom: c.header.slice(at + 1) };
    });
    for (let i = 0; i < split.length; i++) {
      const col = i + 3;
      const { top, bottom } = split[i] ?? { top: "", bottom: null };
      if (bottom === null) {
        sheet.getCell(4, col).value = top;
        sheet.mergeCells(4, col, 5, col);
        continue;
      }
      sheet.getCell(5, col).value = bottom;
      if (split[i - 1]?.top === top && split[i - 1]?.bottom !== null) continue;
      let end = i;
      while (split[end + 1]?.top === top && split[end + 1]?.bottom !== null) end++;
      sheet.getCell(4, col).value = top;
      if (end > i) sheet.mergeCells(4, col, 4, end + 3);
    }
    let serial = 0;
    const ordered = [...table.rows.filter((r) => !r.total), ...table.rows.filter((r) => r.total)];
    for (const [i, row] of ordered.entries()) {
      const r = i + 6;
      if (row.total) {
        sheet.getCell(r, 1).value = row.label;
        sheet.mergeCells(r, 1, r, 2);
      } else {
        sheet.getCell(r, 1).value = ++serial;
        sheet.getCell(r, 2).value = row.label;
      }
      row.cells.forEach((written, j) => {
        sheet.getCell(r, j + 3).value = PLAIN_NUMBER.test(written) ? Number(written) : written;
      });
    }
    for (const r of [4, 5]) sheet.getRow(r).font = { bold: true };
    sheet.getColumn(2).width = 16;
    for (let c = 3; c <= last; c++) sheet.getColumn(c).width = 12;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
