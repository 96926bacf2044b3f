/**
 * The package's only file reading: the server's reference CSVs (职业分类大典 2022, Xinjiang
 * administrative divisions) and the package's own dictionary files, read once at load time.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const REFERENCE_DIR = path.resolve(import.meta.dirname, "../../../apps/server/reference");
const DICT_DIR = path.resolve(import.meta.dirname, "../dict");

/** A row of a `code,name,level,parent_code` code list. */
export interface CodeRow {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

/** Reads a reference code list (no quoted fields in these files: checked by the tests). */
export function readCodeList(file: string): CodeRow[] {
  const text = readFileSync(path.join(REFERENCE_DIR, file), "utf8");
  const [header, ...lines] = text.split("\n");
  if (!header?.startsWith("code,name,level,parent_code"))
    throw new Error(`${file}: unexpected header ${header}`);
  const rows: CodeRow[] = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    const [code = "", name = "", level = "", parentCode = ""] = line.split(",");
    rows.push({
      code,
      name: name.trim(),
      level: Number(level),
      parentCode: parentCode === "" ? null : parentCode,
    });
  }
  return rows;
}

/** The lines of a dictionary file under `dict/`, without comments (`#`) and blank lines. */
export function readDictLines(file: string): string[] {
  return readFileSync(path.join(DICT_DIR, file), "utf8")
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "");
}
