import { crc32 } from "node:zlib";

/**
 * Hand-made .xlsx files for import tests: the parts other programs write (shared or inline strings,
 * rich text runs, numbers stored as text, formulas with cached results, merged ranges with or without
 * their covered cells), which a workbook written by ExcelJS itself would not exercise.
 */
export type RawCell =
  | string
  | number
  | null
  /** A shared string of several formatted runs, as Excel stores a header with a smaller unit. */
  | { runs: string[] }
  /** A formula with its cached result. */
  | { formula: string; result: number }
  /** A number shown as a percentage (built-in format 9, `0%`). */
  | { percent: number }
  /** An empty cell element with a style, as LibreOffice writes the covered cells of a merge. */
  | { blank: true };

export interface RawSheet {
  name: string;
  rows: RawCell[][];
  /** Ranges such as `A2:P2`. */
  merges: string[];
}

const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function letter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function sheetXml(sheet: RawSheet, share: (si: string) => number): string {
  const rows = sheet.rows.map((cells, r) => {
    const xml = cells.map((cell, c) => {
      const ref = `${letter(c)}${r + 1}`;
      if (cell === null) return "";
      if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
      if (typeof cell === "string") {
        const preserve = /^\s|\s$|\n/.test(cell) ? ' xml:space="preserve"' : "";
        return `<c r="${ref}" t="s"><v>${share(`<si><t${preserve}>${xmlText(cell)}</t></si>`)}</v></c>`;
      }
      if ("runs" in cell) {
        const runs = cell.runs.map(
          (t, i) => `<r>${i > 0 ? '<rPr><sz val="9"/></rPr>' : ""}<t>${xmlText(t)}</t></r>`,
        );
        return `<c r="${ref}" t="s"><v>${share(`<si>${runs.join("")}</si>`)}</v></c>`;
      }
      if ("formula" in cell) return `<c r="${ref}"><f>${xmlText(cell.formula)}</f><v>${cell.result}</v></c>`;
      if ("percent" in cell) return `<c r="${ref}" s="1"><v>${cell.percent}</v></c>`;
      return `<c r="${ref}" s="0"/>`;
    });
    return `<row r="${r + 1}">${xml.join("")}</row>`;
  });
  const merges =
    sheet.merges.length === 0
      ? ""
      : `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData>${merges}</worksheet>`;
}

/** An .xlsx of the given sheets, strings shared as both Excel and LibreOffice store them. */
export function rawWorkbook(sheets: RawSheet[]): Buffer {
  const strings: string[] = [];
  const share = (si: string) => {
    const at = strings.indexOf(si);
    if (at >= 0) return at;
    strings.push(si);
    return strings.length - 1;
  };
  const sheetParts = sheets.map((s, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    xml: sheetXml(s, share),
  }));
  const ns = "http://schemas.openxmlformats.org";
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${ns}/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const part = (name: string, xml: string) => ({ name, data: Buffer.from(xml, "utf8") });
  return zip([
    part(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetParts.map((p) => `<Override PartName="/${p.name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    part(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
    ),
    part(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`).join("")}</sheets></workbook>`,
    ),
    part(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns}/package/2006/relationships">${rel("rId1", "sharedStrings", "sharedStrings.xml")}${rel("rId2", "styles", "styles.xml")}${sheets.map((_, i) => rel(`rId${i + 3}`, "worksheet", `worksheets/sheet${i + 1}.xml`)).join("")}</Relationships>`,
    ),
    part(
      "xl/styles.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${ns}/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
    part(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${ns}/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.join("")}</sst>`,
    ),
    ...sheetParts.map((p) => part(p.name, p.xml)),
  ]);
}

/** A zip archive with its entries stored (not compressed). */
function zip(files: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, "utf8");
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(file.data.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(file.data.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, file.data);
    centrals.push(central, name);
    offset += local.length + name.length + file.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
