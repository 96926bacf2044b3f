import type { TemplateColumn } from "../../lib/tabular.ts";

/** What a cell holds: text, a date, a month, an amount, a count of days, 是/否. */
export type CellKind = "text" | "date" | "month" | "money" | "days" | "yesno";

export type WageColumn = TemplateColumn & { kind: CellKind };

export const UPLOAD_KINDS = ["roster", "attendance", "payroll", "allocations"] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

const workerId: WageColumn = {
  header: "工人编号",
  field: "workerId",
  kind: "text",
  required: true,
  help: "花名册中的工人编号（工号），每名工人唯一",
  example: "W001",
  aliases: ["工号", "编号"],
};
const month: WageColumn = {
  header: "月份",
  field: "month",
  kind: "month",
  required: true,
  help: "工资所属月份，如 2026-03",
  example: "2026-03",
  aliases: ["工资月份", "所属月份"],
};
const rowKey: WageColumn = {
  header: "流水号",
  field: "rowKey",
  kind: "text",
  help: "同一工人同一月份有多笔发放时填写，每笔唯一；不填则每人每月一行",
  example: "",
};

/** The columns of each template: contractors send roster, attendance and payroll; banks and builders allocations. */
export const WAGE_TEMPLATES: Record<UploadKind, { sheet: string; columns: WageColumn[] }> = {
  roster: {
    sheet: "实名制花名册",
    columns: [
      { ...workerId, field: "id" },
      {
        header: "姓名",
        field: "name",
        kind: "text",
        required: true,
        help: "与身份证一致",
        example: "王小明",
      },
      {
        header: "公民身份号码",
        field: "idNumber",
        kind: "text",
        help: "18位，末位可为X；加密保存",
        example: "",
        aliases: ["身份证号", "身份证号码"],
      },
      {
        header: "签订劳动合同",
        field: "contractSigned",
        kind: "yesno",
        required: true,
        help: "是/否",
        example: "是",
      },
      {
        header: "实名认证",
        field: "realNameVerified",
        kind: "yesno",
        required: true,
        help: "是/否",
        example: "是",
      },
      {
        header: "进场日期",
        field: "enteredOn",
        kind: "date",
        required: true,
        help: "如 2026-03-01",
        example: "2026-03-01",
      },
      { header: "退场日期", field: "exitedOn", kind: "date", help: "未退场不填", example: "" },
      {
        header: "结算确认日期",
        field: "exitSettlementConfirmedOn",
        kind: "date",
        help: "退场结算经本人确认的日期",
        example: "",
      },
    ],
  },
  attendance: {
    sheet: "考勤表",
    columns: [
      workerId,
      month,
      {
        header: "出勤天数",
        field: "days",
        kind: "days",
        required: true,
        help: "0–31，可为半天如 21.5",
        example: "22",
      },
    ],
  },
  payroll: {
    sheet: "工资发放表",
    columns: [
      workerId,
      month,
      rowKey,
      { header: "应发工资", field: "payable", kind: "money", required: true, help: "元", example: "6000" },
      {
        header: "实发工资",
        field: "paid",
        kind: "money",
        required: true,
        help: "元；未发放填 0",
        example: "6000",
      },
      { header: "发放日期", field: "paidOn", kind: "date", help: "未发放不填", example: "2026-04-15" },
      {
        header: "专用账户代发",
        field: "viaSpecialAccount",
        kind: "yesno",
        required: true,
        help: "是否通过农民工工资专用账户代发：是/否",
        example: "是",
      },
      {
        header: "本人签字",
        field: "workerSigned",
        kind: "yesno",
        required: true,
        help: "工资表是否经本人签字确认：是/否",
        example: "是",
      },
    ],
  },
  allocations: {
    sheet: "人工费用拨付",
    columns: [
      month,
      rowKey,
      { header: "拨付金额", field: "amount", kind: "money", required: true, help: "元", example: "500000" },
      {
        header: "拨付日期",
        field: "allocatedOn",
        kind: "date",
        required: true,
        help: "如 2026-03-28",
        example: "2026-03-28",
      },
    ],
  },
};

const YES = new Set(["是", "y", "yes", "true", "1", "有"]);
const NO = new Set(["否", "n", "no", "false", "0", "无"]);

/** A cell as the field's value, or a message saying why it cannot be read. */
export function readCell(kind: CellKind, raw: string): { value: unknown } | { error: string } {
  const text = raw.normalize("NFKC").trim();
  if (text === "") return { value: kind === "text" || kind === "date" ? null : undefined };
  switch (kind) {
    case "text":
      return { value: text };
    case "yesno":
      if (YES.has(text.toLowerCase())) return { value: true };
      if (NO.has(text.toLowerCase())) return { value: false };
      return { error: "write 是 or 否" };
    case "money":
    case "days": {
      const n = Number(text.replace(/[,，]/g, "").replace(/元$/, ""));
      return Number.isFinite(n) ? { value: n } : { error: "not a number" };
    }
    case "date": {
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      return m
        ? { value: `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}` }
        : { error: "not a date (2026-03-01)" };
    }
    case "month": {
      const m = /^(\d{4})[-/.年](\d{1,2})(?:月|[-/.]\d{1,2}日?)?$/.exec(text);
      return m ? { value: `${m[1]}-${m[2]?.padStart(2, "0")}` } : { error: "not a month (2026-03)" };
    }
  }
}
