import type { Person } from "@jiuye/contract/people";
import { computeIdNumberCheck } from "@jiuye/identifiers/gb11643";
import {
  columnOfHeader,
  EDUCATION_WORDS,
  type SheetData,
  type TableRow,
  type TemplateColumn,
} from "../../lib/tabular.ts";

type Kind = "text" | "number" | "date" | "list" | "yesno" | "education" | "status" | "certificates";

/** Words a clerk writes, and the codes they stand for; the first word of a code is the one written back. */
const WORDS = {
  education: EDUCATION_WORDS,
  status: {
    稳定就业: "employed_stable",
    灵活就业: "employed_flexible",
    不稳定就业: "employed_flexible",
    失业: "unemployed",
    未就业: "unemployed",
    非劳动力: "not_in_labour_force",
    在校: "studying",
    在读: "studying",
    退休: "retired",
  },
  yesno: { 是: true, 否: false, y: true, n: false, yes: true, no: false, "1": true, "0": false },
  level: {
    一级: 1,
    高级技师: 1,
    二级: 2,
    技师: 2,
    三级: 3,
    高级工: 3,
    四级: 4,
    中级工: 4,
    五级: 5,
    初级工: 5,
  },
  channel: { 电话: "phone", 入户: "home_visit", 来访: "office_visit", 网上: "online", 短信: "message" },
  offered: { 岗位: "jobs", 培训: "training", 政策: "policy", 其他: "other" },
} as const;

const EXAMPLE_ID = `65232519900101002${computeIdNumberCheck("65232519900101002")}`;

/** The import template's columns: the header clerks see, the field it fills, how a cell is read. */
export const PEOPLE_COLUMNS: (TemplateColumn & { kind: Kind })[] = [
  { header: "姓名", field: "name", kind: "text", required: true, help: "文字", example: "王小明" },
  {
    header: "公民身份号码",
    field: "idNumber",
    kind: "text",
    required: true,
    help: "18位，末位可为X",
    example: EXAMPLE_ID,
    aliases: ["身份证号", "身份证号码"],
  },
  {
    header: "手机号码",
    field: "phone",
    kind: "text",
    help: "11位手机号或固话",
    example: "13800000000",
    aliases: ["联系电话"],
  },
  {
    header: "居住地区代码",
    field: "regionCode",
    kind: "text",
    required: true,
    help: "统计用区划代码（县6位、乡镇9位、村12位）",
    example: "652325100",
    aliases: ["地区代码"],
  },
  {
    header: "户编号",
    field: "household",
    kind: "text",
    help: "村（社区）户籍册上的户号；同户成员填同一号",
    example: "QTZ-0001",
  },
  {
    header: "学历",
    field: "education",
    kind: "education",
    help: "不限 / 小学 / 初中 / 高中 / 中专 / 大专 / 本科 / 硕士 / 博士",
    example: "高中",
  },
  {
    header: "工作经验（年）",
    field: "experienceYears",
    kind: "number",
    help: "整数（年）",
    example: "3",
    aliases: ["工作年限"],
  },
  {
    header: "就业状态",
    field: "status.status",
    kind: "status",
    required: true,
    help: "稳定就业 / 灵活就业 / 失业 / 非劳动力 / 在校 / 退休",
    example: "失业",
  },
  {
    header: "状态起始日期",
    field: "status.since",
    kind: "date",
    help: "日期，如 2026-05-01；空为今天",
    example: "2026-05-01",
  },
  { header: "技能", field: "skills", kind: "list", help: "用顿号（、）分隔", example: "驾驶、电焊" },
  {
    header: "证书",
    field: "certificates",
    kind: "certificates",
    help: "名称:等级，用顿号分隔；等级为一级至五级（或高级技师、技师、高级工、中级工、初级工），职业资格不填等级",
    example: "焊工:四级、机动车驾驶证",
  },
  {
    header: "意向职业代码",
    field: "desiredOccupations",
    kind: "list",
    help: "职业分类大典代码，用顿号分隔",
    example: "6-29-01-03",
  },
  {
    header: "意向工作地区代码",
    field: "desiredRegionCodes",
    kind: "list",
    help: "区划代码，用顿号分隔",
    example: "652325、652301",
  },
  { header: "期望月薪", field: "desiredPayMin", kind: "number", help: "数字（元/月）", example: "4000" },
  { header: "可到岗日期", field: "availableFrom", kind: "date", help: "日期；空为随时", example: "" },
  { header: "愿意外出就业", field: "willingElsewhere", kind: "yesno", help: "是 / 否", example: "是" },
  { header: "毕业年份", field: "graduateYear", kind: "number", help: "高校毕业生填写", example: "" },
  { header: "毕业院校", field: "graduateSchool", kind: "text", help: "高校毕业生填写", example: "" },
  { header: "登记失业", field: "registeredUnemployed", kind: "yesno", help: "是 / 否", example: "是" },
  {
    header: "就业困难人员类别",
    field: "hardshipCategory",
    kind: "text",
    help: "类别代码（见 /api/v1/hardship-categories）",
    example: "",
  },
  { header: "残疾人", field: "disabled", kind: "yesno", help: "是 / 否", example: "否" },
  { header: "残疾人证号", field: "disabilityCertificate", kind: "text", help: "持证者填写", example: "" },
  { header: "退役军人", field: "veteran", kind: "yesno", help: "是 / 否", example: "否" },
  { header: "农村劳动力", field: "ruralWorker", kind: "yesno", help: "是 / 否", example: "是" },
  { header: "低收入家庭", field: "lowIncome", kind: "yesno", help: "是 / 否", example: "否" },
];

const splitList = (raw: string) =>
  raw
    .split(/[、,，;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

function lookup(words: Record<string, unknown>, raw: string): unknown {
  return words[raw] ?? words[raw.toLowerCase()] ?? raw;
}

function readCell(kind: Kind, raw: string): unknown {
  if (raw === "") return undefined;
  if (kind === "number")
    return /^-?\d+(\.\d+)?$/.test(raw.replace(/,/g, "")) ? Number(raw.replace(/,/g, "")) : raw;
  if (kind === "list") return splitList(raw);
  if (kind === "yesno") return lookup(WORDS.yesno, raw);
  if (kind === "education") return lookup(WORDS.education, raw);
  if (kind === "status") return lookup(WORDS.status, raw);
  if (kind === "certificates") {
    return splitList(raw).map((entry) => {
      const [name = "", level] = entry.split(/[:：]/).map((s) => s.trim());
      return level
        ? {
            kind: "skill_level",
            name,
            level: /^\d$/.test(level) ? Number(level) : lookup(WORDS.level, level),
          }
        : { kind: "qualification", name };
    });
  }
  return raw;
}

/** One file row as the fields it fills (a nested `status`), with its spreadsheet row number. */
export function rowsToInputs(headers: string[], rows: TableRow[]) {
  const columns = headers.map((h) => ({ header: h, column: columnOfHeader(PEOPLE_COLUMNS, h) }));
  return rows.map((row) => {
    const value: Record<string, unknown> = {};
    const status: Record<string, unknown> = {};
    for (const { header, column } of columns) {
      if (!column) continue;
      const cell = readCell(column.kind, row.cells[header] ?? "");
      if (cell === undefined) continue;
      if (column.field.startsWith("status.")) status[column.field.slice(7)] = cell;
      else value[column.field] = cell;
    }
    value.status = status;
    return { rowNumber: row.rowNumber, value };
  });
}

/** The header a JSON path into a row's fields points at (`$.certificates[0].level` → 证书). */
export function headerOfPath(path: string): string | null {
  const bare = path.replace(/^\$\.?/, "").replace(/\[\d+\]/g, "");
  const column =
    PEOPLE_COLUMNS.find((c) => c.field === bare) ??
    PEOPLE_COLUMNS.find((c) => c.field === bare.split(".")[0]);
  return column?.header ?? null;
}

function wordFor(words: Record<string, unknown>, code: unknown): string {
  return Object.entries(words).find(([, v]) => v === code)?.[0] ?? String(code ?? "");
}

/** What an export holds: the person's record with identity, phone and certificate numbers in full. */
export type PersonExport = Omit<Person, "idNumberMasked" | "phoneMasked" | "disabilityCertificateMasked"> & {
  idNumber: string;
  phone: string | null;
  disabilityCertificate: string | null;
};

/** An export as a workbook: the record in the import template's columns, then its history. */
export function exportSheets(p: PersonExport): SheetData[] {
  const yes = (b: boolean) => (b ? "是" : "否");
  const cells: Record<string, string | number | null> = {
    name: p.name,
    idNumber: p.idNumber,
    phone: p.phone,
    regionCode: p.regionCode,
    household: p.household?.reference ?? null,
    education: p.education ? wordFor(WORDS.education, p.education) : null,
    experienceYears: p.experienceYears,
    "status.status": wordFor(WORDS.status, p.status),
    "status.since": p.statusSince,
    skills: p.skills.join("、"),
    certificates: p.certificates
      .map((c) => (c.level ? `${c.name}:${wordFor(WORDS.level, c.level)}` : c.name))
      .join("、"),
    desiredOccupations: p.desiredOccupations.map((o) => o.code).join("、"),
    desiredRegionCodes: p.desiredRegions.map((r) => r.code).join("、"),
    desiredPayMin: p.desiredPayMin,
    availableFrom: p.availableFrom,
    willingElsewhere: yes(p.willingElsewhere),
    graduateYear: p.graduateYear,
    graduateSchool: p.graduateSchool,
    registeredUnemployed: yes(p.registeredUnemployed),
    hardshipCategory: p.hardshipCategory?.code ?? null,
    disabled: yes(p.disabled),
    disabilityCertificate: p.disabilityCertificate,
    veteran: yes(p.veteran),
    ruralWorker: yes(p.ruralWorker),
    lowIncome: yes(p.lowIncome),
  };
  return [
    {
      name: "个人信息",
      headers: PEOPLE_COLUMNS.map((c) => c.header),
      rows: [PEOPLE_COLUMNS.map((c) => cells[c.field] ?? null)],
    },
    {
      name: "就业状态",
      headers: ["就业状态", "起始日期", "记录人"],
      rows: p.statusHistory.map((s) => [wordFor(WORDS.status, s.status), s.since, s.recordedBy]),
    },
    {
      name: "跟踪服务",
      headers: ["日期", "方式", "提供服务", "备注"],
      rows: p.contacts.map((c) => [
        c.contactedOn,
        wordFor(WORDS.channel, c.channel),
        c.offered.map((o) => wordFor(WORDS.offered, o)).join("、"),
        c.note,
      ]),
    },
    {
      name: "授权记录",
      headers: ["日期", "方式", "目的", "本人声明", "收集人"],
      rows: [
        [p.consent.givenOn, p.consent.method, p.consent.purpose, p.consent.statement, p.consent.collectedBy],
      ],
    },
  ];
}
