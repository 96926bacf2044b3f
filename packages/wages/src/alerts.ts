/** The alerts of the rule set: code, severity, what they are about and the law they rest on. */

export const ALERT_CODES = [
  "WA01",
  "WA02",
  "WA03",
  "WA04",
  "WA05",
  "WA06",
  "WA07",
  "WA08",
  "WA09",
  "WA10",
  "WA11",
  "WA12",
  "WA13",
  "WA14",
  "WA15",
  "WA16",
  "WA17",
  "WA18",
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];
export type Severity = "red" | "yellow";

/** `{}` for the project; otherwise the worker, month or complaint the alert is about. */
export interface AlertSubject {
  workerId?: string;
  month?: string;
  complaintId?: string;
}

export interface Alert {
  code: AlertCode;
  severity: Severity;
  subject: AlertSubject;
  basis: string;
  message: string;
}

interface RuleDefinition {
  /** What the alert says, in a few words (for lists and filters). */
  title: string;
  basis: string;
}

export const RULES: Record<AlertCode, RuleDefinition> = {
  WA01: { title: "开工未登记", basis: "条例 Art 38" },
  WA02: { title: "未开立工资专用账户", basis: "条例 Art 26; 人社部发〔2021〕53号" },
  WA03: { title: "未存储工资保证金", basis: "条例 Art 32; 人社部发〔2021〕65号 Art 8" },
  WA04: { title: "工资保证金不足额", basis: "人社部发〔2021〕65号 Art 11" },
  WA05: { title: "保函或保险即将到期", basis: "人社部发〔2021〕65号 Art 17" },
  WA06: { title: "人工费用未按月拨付", basis: "条例 Arts 24, 29, 57" },
  WA07: { title: "工资未支付", basis: "条例 Arts 12–14; 劳动法 Art 50" },
  WA08: { title: "工资未足额支付", basis: "条例 Arts 12–14" },
  WA09: { title: "当月欠薪人数占比", basis: "条例 Art 31" },
  WA10: { title: "未通过专用账户代发", basis: "条例 Art 31" },
  WA11: { title: "工资未经本人签字", basis: "条例 Art 31" },
  WA12: { title: "应发工资低于最低工资", basis: "最低工资规定 Art 12" },
  WA13: { title: "单笔支付超限额", basis: "条例 Art 31 (paid to the worker himself)" },
  WA14: { title: "未签合同或未实名", basis: "条例 Art 28" },
  WA15: { title: "离场未结算确认", basis: "工资支付暂行规定 Art 9; 结算离场确认制度" },
  WA16: { title: "未公示维权信息告示牌", basis: "条例 Arts 34, 56" },
  WA17: { title: "未配备劳资专管员", basis: "条例 Art 28" },
  WA18: { title: "投诉未办结", basis: "条例 Art 10" },
};

export function alert(code: AlertCode, severity: Severity, subject: AlertSubject, message: string): Alert {
  return { code, severity, subject, basis: RULES[code].basis, message };
}

/** Alerts in the rule set's order: by code, then worker, month and complaint. */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    cmp(a.code, b.code) ||
    cmp(a.subject.workerId ?? "", b.subject.workerId ?? "") ||
    cmp(a.subject.month ?? "", b.subject.month ?? "") ||
    cmp(a.subject.complaintId ?? "", b.subject.complaintId ?? "")
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A stable key of an alert's subject: the same alert on the same subject across evaluations. */
export function subjectKey(subject: AlertSubject): string {
  return [subject.workerId ?? "", subject.month ?? "", subject.complaintId ?? ""].join("|");
}
