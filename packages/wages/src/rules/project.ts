import { type Alert, alert } from "../alerts.ts";
import { addDays } from "../calendar.ts";
import { type Facts, onOrBefore } from "../facts.ts";
import { requiredDeposit } from "../parameters.ts";

/** Project-level obligations: registration, special account, deposit, site board, labour officer. */
export function projectAlerts(facts: Facts): Alert[] {
  const { asOf, project } = facts;
  const out: Alert[] = [];
  const started = onOrBefore(project.startedOn, asOf);
  if (started && !onOrBefore(project.registeredOn, asOf))
    out.push(alert("WA01", "yellow", {}, `项目已于${project.startedOn}开工，尚未在监控平台登记`));
  const accountDue = addDays(project.contractSignedOn, 30);
  if (asOf > accountDue && !onOrBefore(project.specialAccount?.openedOn, asOf))
    out.push(alert("WA02", "red", {}, `合同签订已满30日（${accountDue}），尚未开立农民工工资专用账户`));
  out.push(...depositAlerts(facts));
  if (started && !onOrBefore(project.siteBoardPublishedOn, asOf))
    out.push(alert("WA16", "yellow", {}, "项目已开工，尚未在施工现场设立维权信息告示牌"));
  if (started && !project.laborOfficerAssigned)
    out.push(alert("WA17", "yellow", {}, "项目已开工，施工总承包单位尚未配备劳资专管员"));
  return out;
}

const FORM_NAMES = { cash: "现金", bank_guarantee: "银行保函", insurance: "工程担保保险" } as const;

function depositAlerts(facts: Facts): Alert[] {
  const { asOf, project, parameters, calendar } = facts;
  const deposit = project.deposit;
  const required = project.contractAmount >= parameters.depositExemptBelow && !deposit?.exempt;
  const exists = deposit !== null && deposit.form !== null && onOrBefore(deposit.depositedOn, asOf);
  const lapsed = exists && deposit.form !== "cash" && deposit.expiresOn !== null && deposit.expiresOn < asOf;
  const valid = exists && !lapsed;
  const out: Alert[] = [];
  if (required && !valid) {
    const from = onOrBefore(project.permitIssuedOn, asOf) ? project.permitIssuedOn : project.contractSignedOn;
    const deadline = calendar.addWorkingDays(from, 20);
    if (asOf > deadline) {
      const why = lapsed ? `保证金已于${deposit.expiresOn}到期失效` : "无有效工资保证金";
      out.push(alert("WA03", "red", {}, `应于${deadline}前存储工资保证金，${why}`));
    }
  }
  if (required && valid) {
    const needed = requiredDeposit(project.contractAmount, parameters);
    const amount = deposit.amount ?? 0;
    if (amount < needed) out.push(alert("WA04", "yellow", {}, `工资保证金${amount}元，低于应存${needed}元`));
  }
  if (
    exists &&
    deposit.form !== "cash" &&
    deposit.form !== null &&
    !onOrBefore(project.completedOn, asOf) &&
    deposit.expiresOn !== null &&
    asOf <= deposit.expiresOn &&
    deposit.expiresOn <= addDays(asOf, 30)
  )
    out.push(
      alert(
        "WA05",
        "yellow",
        {},
        `${FORM_NAMES[deposit.form]}将于${deposit.expiresOn}到期，项目尚未完工，请续保或更换`,
      ),
    );
  return out;
}
