/**
 * A bulletin laid out as files: .docx (Word, for the office to edit and issue), .xlsx (one sheet per
 * section, for those who work in Excel) and .pdf (A4 landscape, Noto Sans SC embedded as a subset,
 * for circulation). The same document in each; every table keeps its columns.
 */
import { createRequire } from "node:module";
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";
import PDFDocument from "pdfkit";
import type { BulletinDocument, BulletinTable } from "./bulletins.content.ts";

const BODY_FONT = "宋体";
const HEADING_FONT = "黑体";

function docxTable(table: BulletinTable): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (text) =>
          new TableCell({
            children: [
              new Paragraph({
                children: [new TextRun({ text, bold: header, size: 20, font: BODY_FONT })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(table.columns, true), ...table.rows.map((cells) => row(cells, false))],
  });
}

export async function bulletinDocx(doc: BulletinDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: doc.title, bold: true, size: 36, font: HEADING_FONT })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: doc.subtitle, size: 24, font: BODY_FONT })],
    }),
  ];
  for (const section of doc.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240 },
        children: [new TextRun({ text: section.heading, bold: true, size: 28, font: HEADING_FONT })],
      }),
      ...section.paragraphs.map(
        (text) =>
          new Paragraph({
            indent: { firstLine: 480 },
            children: [new TextRun({ text, size: 24, font: BODY_FONT })],
          }),
      ),
    );
    if (section.table) children.push(docxTable(section.table));
  }
  const document = new Document({
    title: doc.title,
    creator: "Jiuye",
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return Packer.toBuffer(document);
}

/** Sheet names: at most 31 characters, none of `\ / ? * [ ] :`. */
const sheetName = (heading: string) =>
  heading
    .replace(/^[一二三四五六七八九十]+、/, "")
    .replace(/[\\/?*[\]:]/g, "")
    .slice(0, 31);

export async function bulletinXlsx(doc: BulletinDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Jiuye";
  workbook.title = doc.title;
  for (const section of doc.sections) {
    const sheet = workbook.addWorksheet(sheetName(section.heading));
    sheet.addRow([doc.title]).font = { bold: true, size: 14 };
    sheet.addRow([doc.subtitle]);
    sheet.addRow([section.heading]).font = { bold: true };
    for (const text of section.paragraphs) sheet.addRow([text]);
    if (section.table) {
      sheet.addRow([]);
      sheet.addRow(section.table.columns).font = { bold: true };
      for (const cells of section.table.rows) sheet.addRow(cells);
      sheet.columns.forEach((column, i) => {
        const widest = Math.max(
          ...[section.table?.columns[i] ?? "", ...(section.table?.rows.map((r) => r[i] ?? "") ?? [])].map(
            (t) => t.length,
          ),
        );
        column.width = Math.min(40, Math.max(8, widest * 2 + 2));
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const FONT_FILE = createRequire(import.meta.url).resolve(
  "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
);
const MARGIN = 40;

function pdfTable(pdf: PDFKit.PDFDocument, table: BulletinTable): void {
  const width = pdf.page.width - 2 * MARGIN;
  const first = Math.min(180, width / 3);
  const rest = (width - first) / Math.max(1, table.columns.length - 1);
  const widths = table.columns.map((_, i) => (i === 0 ? first : rest));
  const drawRow = (cells: string[], header: boolean) => {
    pdf.fontSize(header ? 9.5 : 9);
    const height =
      Math.max(...cells.map((text, i) => pdf.heightOfString(text, { width: (widths[i] ?? rest) - 6 }))) + 6;
    if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((text, i) => {
      const w = widths[i] ?? rest;
      if (header) pdf.rect(x, top, w, height).fillAndStroke("#eeeeee", "#999999").fillColor("#000000");
      else pdf.rect(x, top, w, height).stroke("#999999");
      pdf.text(text, x + 3, top + 3, { width: w - 6 });
      x += w;
    });
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  drawRow(table.columns, true);
  for (const cells of table.rows) drawRow(cells, false);
  pdf.moveDown(0.5);
}

export function bulletinPdf(doc: BulletinDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    info: { Title: doc.title, Creator: "Jiuye" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  pdf.registerFont("body", FONT_FILE);
  pdf.font("body").fontSize(18).text(doc.title, { align: "center" });
  pdf.fontSize(11).text(doc.subtitle, { align: "center" }).moveDown();
  for (const section of doc.sections) {
    pdf.fontSize(13).text(section.heading, MARGIN).moveDown(0.3);
    for (const text of section.paragraphs) pdf.fontSize(10.5).text(text, MARGIN, pdf.y, { indent: 21 });
    pdf.moveDown(0.4);
    if (section.table) pdfTable(pdf, section.table);
  }
  pdf.end();
  return done;
}
