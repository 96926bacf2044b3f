import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { AppError } from "./errors.ts";

export type TableFormat = "csv" | "xlsx";

/** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells by header. */
export interface TableRow {
  rowNumber: number;
  cells: Record<string, string>;
}

/** Header names as given, trimmed and lower-cased, so `Code ` and `code` are one column. */
function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();
}

/** Reads a CSV (streaming, UTF-8, optional BOM) or the first sheet of an .xlsx file into rows. */
export async function readTable(
  file: Buffer,
  format: TableFormat,
): Promise<{ headers: string[]; rows: TableRow[] }> {
  return format === "csv" ? readCsv(file) : readXlsx(file);
}

async function readCsv(file: Buffer) {
  const parser = parse(file, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  // Rows are numbered as a spreadsheet shows the file: header 1, then one per record.
  let rowNumber = 1;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (!headers) {
        headers = record.map(normaliseHeader);
        continue;
      }
      const cells: Record<string, string> = {};
      headers.forEach((h, i) => {
        cells[h] = record[i] ?? "";
      });
      rowNumber++;
      rows.push({ rowNumber, cells });
    }
  } catch (error) {
    throw new AppError("VALIDATION_FAILED", `The CSV file cannot be read: ${(error as Error).message}`);
  }
  return { headers: headers ?? [], rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value)
      return value.richText
        .map((r) => r.text)
        .join("")
        .trim();
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text).trim();
    return "";
  }
  return String(value).trim();
}

async function readXlsx(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError("VALIDATION_FAILED", `The .xlsx file cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = normaliseHeader(cellText(cell.value));
  });
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      cells[h] = cellText(row.getCell(i + 1).value);
    });
    if (Object.values(cells).some((v) => v !== "")) rows.push({ rowNumber, cells });
  });
  return { headers, rows };
}

export interface SheetData {
  name: string;
  headers: string[];
  rows: (string | number | null)[][];
}

/** Writes sheets to an .xlsx file, each with a bold header row; used for templates and exports. */
export async function writeWorkbook(sheets: SheetData[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const data of sheets) {
    const sheet = workbook.addWorksheet(data.name);
    sheet.addRow(data.headers).font = { bold: true };
    for (const row of data.rows) sheet.addRow(row);
    for (const column of sheet.columns) column.width = 16;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function writeXlsx(
  sheetName: string,
  headers: string[],
  rows: (string | number | null)[][],
): Promise<Buffer> {
  return writeWorkbook([{ name: sheetName, headers, rows }]);
}

/** A CSV that Excel opens as UTF-8 (with a byte-order mark); cells quoted where needed. */
export function writeCsv(headers: string[], rows: (string | number | null)[][]): Buffer {
  const cell = (v: string | number | null) => {
    const text = v === null ? "" : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [headers, ...rows].map((r) => r.map(cell).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

/** A located problem in an imported file: its spreadsheet row (the header is 1) and column header. */
export interface RowError {
  row: number;
  column: string | null;
  message: string;
}

/** Words clerks write for an education level, and the contract's code for each. */
export const EDUCATION_WORDS: Record<string, string> = {
  不限: "none",
  小学: "primary",
  初中: "junior_secondary",
  高中: "senior_secondary",
  中专: "vocational",
  技校: "vocational",
  中职: "vocational",
  大专: "associate",
  专科: "associate",
  本科: "bachelor",
  硕士: "master",
  研究生: "master",
  博士: "doctorate",
};

/** One column of an import template: the header clerks see, other names accepted, and how to fill it. */
export interface TemplateColumn {
  header: string;
  field: string;
  required?: boolean;
  /** How to fill the column, for the template's explanation sheet. */
  help: string;
  example: string;
  aliases?: string[];
}

/** The template column a header cell names (its header, an alias or the field name, in any case). */
export function columnOfHeader<C extends TemplateColumn>(
  columns: readonly C[],
  header: string,
): C | undefined {
  const h = header.trim().toLowerCase();
  return columns.find(
    (c) =>
      c.header.toLowerCase() === h ||
      c.field.toLowerCase() === h ||
      c.aliases?.some((a) => a.toLowerCase() === h),
  );
}

/** Problems of the header row: required columns it lacks, and columns no template column knows (ignored). */
export function checkHeaderRow(columns: readonly TemplateColumn[], headers: readonly string[]) {
  const present = new Set(headers.map((h) => columnOfHeader(columns, h)).filter((c) => c !== undefined));
  const missing: RowError[] = columns
    .filter((c) => c.required && !present.has(c))
    .map((c) => ({ row: 1, column: c.header, message: `the header row lacks the column "${c.header}"` }));
  const unknown: RowError[] = headers
    .filter((h) => h && !columnOfHeader(columns, h))
    .map((h) => ({ row: 1, column: h, message: "unknown column, ignored" }));
  return { missing, unknown };
}

/** A template's sheets: the columns with an example row, and what each column takes. */
export function templateSheets(sheetName: string, columns: readonly TemplateColumn[]): SheetData[] {
  return [
    { name: sheetName, headers: columns.map((c) => c.header), rows: [columns.map((c) => c.example)] },
    {
      name: "填写说明",
      headers: ["列名", "必填", "填写方式"],
      rows: columns.map((c) => [c.header, c.required ? "是" : "", c.help]),
    },
  ];
}

/** A template or export as .xlsx (every sheet) or UTF-8 CSV (the first sheet), with its content type. */
export async function tableFile(
  sheets: SheetData[],
  format: TableFormat,
): Promise<{ body: Buffer; contentType: string }> {
  if (format === "xlsx") {
    return {
      body: await writeWorkbook(sheets),
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };
  }
  const [first] = sheets;
  return { body: writeCsv(first?.headers ?? [], first?.rows ?? []), contentType: "text/csv; charset=utf-8" };
}
