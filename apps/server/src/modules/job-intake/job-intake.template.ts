import { createHash } from "node:crypto";
import type { TableRow } from "../../lib/tabular.ts";
import type { RawItem } from "./job-intake.service.ts";

type Kind = "text" | "number" | "unit" | "type" | "education" | "list";

/** The import template's columns: Chinese header (what clerks see), the field, and how a cell is read. */
export const TEMPLATE_COLUMNS: {
  header: string;
  field: string;
  kind: Kind;
  example: string;
  aliases?: string[];
}[] = [
  {
    header: "来源编号",
    field: "sourceId",
    kind: "text",
    example: "QT-2026-001",
    aliases: ["source_id", "编号"],
  },
  { header: "岗位名称", field: "title", kind: "text", example: "钢筋工", aliases: ["title", "岗位"] },
  {
    header: "岗位描述",
    field: "description",
    kind: "text",
    example: "负责住宅楼钢筋绑扎，包吃住，工资月结。",
  },
  { header: "任职要求", field: "requirements", kind: "text", example: "有钢筋作业经验，持证优先" },
  {
    header: "用人单位名称",
    field: "employer.name",
    kind: "text",
    example: "奇台县某建筑工程有限公司",
    aliases: ["单位名称"],
  },
  {
    header: "统一社会信用代码",
    field: "employer.creditCode",
    kind: "text",
    example: "（18位代码）",
    aliases: ["信用代码"],
  },
  { header: "职业代码", field: "occupationCode", kind: "text", example: "6-29-01-03" },
  { header: "行业门类", field: "industryCode", kind: "text", example: "E" },
  { header: "工作地区代码", field: "regionCode", kind: "text", example: "652325", aliases: ["地区代码"] },
  { header: "工作地址", field: "address", kind: "text", example: "奇台县古城乡" },
  { header: "纬度", field: "latitude", kind: "number", example: "44.02" },
  { header: "经度", field: "longitude", kind: "number", example: "89.59" },
  { header: "招聘人数", field: "headcount", kind: "number", example: "10" },
  { header: "最低薪酬", field: "salaryMin", kind: "number", example: "6000" },
  { header: "最高薪酬", field: "salaryMax", kind: "number", example: "8000" },
  { header: "薪酬单位", field: "salaryUnit", kind: "unit", example: "月" },
  { header: "用工形式", field: "employmentType", kind: "type", example: "全职" },
  { header: "学历要求", field: "education", kind: "education", example: "不限" },
  { header: "工作经验（年）", field: "experienceYears", kind: "number", example: "1", aliases: ["工作经验"] },
  { header: "福利待遇", field: "benefits", kind: "list", example: "包吃住、五险一金" },
  { header: "有效期至", field: "validUntil", kind: "text", example: "2026-12-31" },
  { header: "应聘方式", field: "howToApply", kind: "text", example: "电话 0994-0000000 或到现场报名" },
];

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
  education: {
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
  },
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

/** Header cell → column, accepting the Chinese header, its aliases or the field name. */
export function columnFor(header: string) {
  const h = header.trim().toLowerCase();
  return TEMPLATE_COLUMNS.find(
    (c) => c.header === h || c.field.toLowerCase() === h || c.aliases?.some((a) => a.toLowerCase() === h),
  );
}

/** The header a JSON path into an item points at (`$.employer.creditCode` → 统一社会信用代码). */
export function headerOfPath(path: string): string | null {
  const field = path.replace(/^\$\.?/, "").replace(/\[\d+\]$/, "");
  return TEMPLATE_COLUMNS.find((c) => c.field === field)?.header ?? null;
}

export const REQUIRED_HEADERS = [
  "岗位名称",
  "岗位描述",
  "用人单位名称",
  "统一社会信用代码",
  "工作地区代码",
  "最低薪酬",
  "最高薪酬",
  "薪酬单位",
  "用工形式",
  "应聘方式",
];

/** Turns file rows into feed-shaped items; a row without 来源编号 is identified by its content. */
export function rowsToItems(headers: string[], rows: TableRow[]): RawItem[] {
  const columns = headers.map((h) => ({ header: h, column: columnFor(h) }));
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

const KIND_HELP: Record<Kind, string> = {
  text: "文字",
  number: "数字",
  unit: "月 / 日 / 小时 / 计件",
  type: "全职 / 兼职 / 零工 / 见习 / 季节性",
  education: "不限 / 小学 / 初中 / 高中 / 中专 / 大专 / 本科 / 硕士 / 博士",
  list: "用顿号（、）分隔",
};

/** The template's sheets: the columns with one example row, and what each column takes. */
export function templateSheets() {
  const headers = TEMPLATE_COLUMNS.map((c) => c.header);
  return [
    { name: "岗位", headers, rows: [TEMPLATE_COLUMNS.map((c) => c.example)] },
    {
      name: "填写说明",
      headers: ["列名", "必填", "填写方式"],
      rows: TEMPLATE_COLUMNS.map((c) => [
        c.header,
        REQUIRED_HEADERS.includes(c.header) ? "是" : "",
        KIND_HELP[c.kind],
      ]),
    },
  ];
}
