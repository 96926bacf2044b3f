import { type Alert, alert } from "../alerts.ts";
import { wageDueDate } from "../calendar.ts";
import { type Facts, isClosed } from "../facts.ts";
import { minimumPayFor } from "../parameters.ts";

/**
 * Monthly obligations: labour cost allocated (WA06), wages paid in full by the due date (WA07, WA08,
 * WA09), and how payments are made (WA10–WA13).
 */
export function payAlerts(facts: Facts): Alert[] {
  return [...closedMonthAlerts(facts), ...paymentAlerts(facts)];
}

function closedMonthAlerts(facts: Facts): Alert[] {
  const { asOf, worked, pay, allocatedMonths, workersByMonth } = facts;
  const out: Alert[] = [];
  for (const [month, workerIds] of workersByMonth) {
    if (!isClosed(month, asOf)) continue;
    const due = wageDueDate(month);
    if (!allocatedMonths.has(month))
      out.push(alert("WA06", "red", { month }, `${month}有工人出勤，建设单位未按月拨付人工费用`));
    let unpaid = 0;
    for (const workerId of workerIds) {
      const monthPay = pay.get(workerId)?.get(month);
      const paid = monthPay?.paid ?? 0;
      const days = worked.get(workerId)?.get(month);
      if (paid === 0) {
        unpaid++;
        out.push(
          alert(
            "WA07",
            "red",
            { workerId, month },
            `${workerId} ${month}出勤${days}天，工资应于${due}前支付，至今未付`,
          ),
        );
      } else if (monthPay && paid < monthPay.payable) {
        out.push(
          alert(
            "WA08",
            "red",
            { workerId, month },
            `${workerId} ${month}工资应付${monthPay.payable}元，仅支付${paid}元`,
          ),
        );
      }
    }
    if (unpaid > 0) {
      const severity = unpaid * 10 > workerIds.length ? "red" : "yellow";
      const share = ((unpaid / workerIds.length) * 100).toFixed(1);
      out.push(
        alert(
          "WA09",
          severity,
          { month },
          `${month}出勤的${workerIds.length}名工人中${unpaid}名未获支付（${share}%）`,
        ),
      );
    }
  }
  return out;
}

function paymentAlerts(facts: Facts): Alert[] {
  const { pay, worked, parameters } = facts;
  const out: Alert[] = [];
  for (const [workerId, months] of pay) {
    for (const [month, monthPay] of months) {
      const subject = { workerId, month };
      if (monthPay.payments.some((row) => !row.viaSpecialAccount))
        out.push(alert("WA10", "yellow", subject, `${workerId} ${month}工资未通过农民工工资专用账户代发`));
      if (monthPay.payments.some((row) => !row.workerSigned))
        out.push(alert("WA11", "yellow", subject, `${workerId} ${month}工资发放未经本人签字确认`));
      const days = worked.get(workerId)?.get(month);
      if (days !== undefined) {
        const minimum = minimumPayFor(days, parameters);
        if (monthPay.payable < minimum)
          out.push(
            alert(
              "WA12",
              "yellow",
              subject,
              `${workerId} ${month}出勤${days}天，应发${monthPay.payable}元，低于最低工资折算${minimum}元`,
            ),
          );
      }
      if (monthPay.paid > parameters.singlePaymentLimit)
        out.push(
          alert(
            "WA13",
            "yellow",
            subject,
            `${workerId} ${month}实发${monthPay.paid}元，超过${parameters.singlePaymentLimit}元，须核实是否发给本人`,
          ),
        );
    }
  }
  return out;
}
