import { createHash } from "node:crypto";
import {
  columnOfHeader,
  EDUCATION_WORDS,
  type TableRow,
  type TemplateColumn,
  templateSheets,
} from "../../lib/tabular.ts";
import type { RawItem } from "./job-intake.service.ts";

type Kind = "text" | "number" | "unit" | "type" | "education" | "list";

const KIND_HELP: Record<Kind, string> = {
  text: "文字",
  number: "数字",
  unit: "月 / 日 / 小时 / 计件",
  type: "全职 / 兼职 / 零工 / 见习 / 季节性",
  education: "不限 / 小学 / 初中 / 高中 / 中专 / 大专 / 本科 / 硕士 / 博士",
  list: "用顿号（、）分隔",
};

type Column = Omit<TemplateColumn, "help"> & { kind: Kind };
const column = (c: Column): TemplateColumn & { kind: Kind } => ({ ...c, help: KIND_HELP[c.kind] });

/** The import template's columns: Chinese header (what clerks see), the field, and how a cell is read. */
export const TEMPLATE_COLUMNS = (
  [
    {
      header: "来源编号",
      field: "sourceId",
      kind: "text",
      example: "QT-2026-001",
      aliases: ["source_id", "编号"],
    },
    {
      header: "岗位名称",
      required: true,
      field: "title",
      kind: "text",
      example: "钢筋工",
      aliases: ["title", "岗位"],
    },
    {
      header: "岗位描述",
      required: true,
      field: "description",
      kind: "text",
      example: "负责住宅楼钢筋绑扎，包吃住，工资月结。",
    },
    { header: "任职要求", field: "requirements", kind: "text", example: "有钢筋作业经验，持证优先" },
    {
      header: "用人单位名称",
      required: true,
      field: "employer.name",
      kind: "text",
      example: "奇台县某建筑工程有限公司",
      aliases: ["单位名称"],
    },
    {
      header: "统一社会信用代码",
      required: true,
      field: "employer.creditCode",
      kind: "text",
      example: "（18位代码）",
      aliases: ["信用代码"],
    },
    { header: "职业代码", field: "occupationCode", kind: "text", example: "6-29-01-03" },
    { header: "行业门类", field: "industryCode", kind: "text", example: "E" },
    {
      header: "工作地区代码",
      required: true,
      field: "regionCode",
      kind: "text",
      example: "652325",
      aliases: ["地区代码"],
    },
    { header: "工作地址", field: "address", kind: "text", example: "奇台县古城乡" },
    { header: "纬度", field: "latitude", kind: "number", example: "44.02" },
    { header: "经度", field: "longitude", kind: "number", example: "89.59" },
    { header: "招聘人数", field: "headcount", kind: "number", example: "10" },
    { header: "最低薪酬", required: true, field: "salaryMin", kind: "number", example: "6000" },
    { header: "最高薪酬", required: true, field: "salaryMax", kind: "number", example: "8000" },
    { header: "薪酬单位", required: true, field: "salaryUnit", kind: "unit", example: "月" },
    { header: "用工形式", required: true, field: "employmentType", kind: "type", example: "全职" },
    { header: "学历要求", field: "education", kind: "education", example: "不限" },
    {
      header: "工作经验（年）",
      field: "experienceYears",
      kind: "number",
      example: "1",
      aliases: ["工作经验"],
    },
    { header: "福利待遇", field: "benefits", kind: "list", example: "包吃住、五险一金" },
    { header: "有效期至", field: "validUntil", kind: "text", example: "2026-12-31" },
    {
      header: "应聘方式",
      required: true,
      field: "howToApply",
      kind: "text",
      example: "电话 0994-0000000 或到现场报名",
    },
  ] satisfies Column[]
).map(column);

const WORDS: Record<Exclude<Kind, "text" | "number" | "list">, Record<string, string>> = {
  unit: { 月: "month", 日: "day", 天: "day", 小时: "hour", 时: "hour", 计件: "piece", 件: "piece" },
  type: {
    全职: "full_time",
    兼职: "part_time",
    零工: "gig",
    灵活用工: "gig",
    见习: "internship",
    实习: "internship",
    季节性: "seasonal",
    季节工: "seasonal",
  },
  education: EDUCATION_WORDS,
};

function readCell(kind: Kind, raw: string): unknown {
  if (raw === "") return undefined;
  if (kind === "number")
    return /^-?\d+(\.\d+)?$/.test(raw.replace(/,/g, "")) ? Number(raw.replace(/,/g, "")) : raw;
  if (kind === "list")
    return raw
      .split(/[、,，;；/]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (kind === "text") return raw;
  return WORDS[kind][raw] ?? raw;
}

/** The header a JSON path into an item points at (`$.employer.creditCode` → 统一社会信用代码). */
export function headerOfPath(path: string): string | null {
  const field = path.replace(/^\$\.?/, "").replace(/\[\d+\]$/, "");
  return TEMPLATE_COLUMNS.find((c) => c.field === field)?.header ?? null;
}

/** Turns file rows into feed-shaped items; a row without 来源编号 is identified by its content. */
export function rowsToItems(headers: string[], rows: TableRow[]): RawItem[] {
  const columns = headers.map((h) => ({ header: h, column: columnOfHeader(TEMPLATE_COLUMNS, h) }));
  return rows.map((row) => {
    const value: Record<string, unknown> = { employer: {} };
    for (const { header, column } of columns) {
      if (!column) continue;
      const cell = readCell(column.kind, row.cells[header] ?? "");
      if (cell === undefined) continue;
      const [head, tail] = column.field.split(".");
      if (tail && head) (value[head] as Record<string, unknown>)[tail] = cell;
      else if (head) value[head] = cell;
    }
    const sourceId =
      typeof value.sourceId === "string"
        ? value.sourceId
        : `row:${createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 24)}`;
    value.sourceId = sourceId;
    return { label: "$", sourceId, value, rowNumber: row.rowNumber };
  });
}

/** The template's sheets: the columns with one example row, and what each column takes. */
export const postingTemplateSheets = () => templateSheets("岗位", TEMPLATE_COLUMNS);
