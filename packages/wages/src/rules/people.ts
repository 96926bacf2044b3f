import { type Alert, alert } from "../alerts.ts";
import { type Facts, onOrBefore } from "../facts.ts";

/** Obligations to each worker (real name and contract, settlement on leaving) and complaints (WA18). */
export function peopleAlerts(facts: Facts): Alert[] {
  const { asOf, workers, worked, calendar, parameters, complaints } = facts;
  const out: Alert[] = [];
  for (const worker of workers) {
    const subject = { workerId: worker.id };
    if (worked.has(worker.id) && (!worker.contractSigned || !worker.realNameVerified)) {
      const missing = [!worker.contractSigned && "未签订劳动合同", !worker.realNameVerified && "未实名登记"];
      out.push(
        alert("WA14", "red", subject, `${worker.id}已上岗出勤，${missing.filter(Boolean).join("、")}`),
      );
    }
    if (onOrBefore(worker.exitedOn, asOf)) {
      const deadline = calendar.addWorkingDays(worker.exitedOn, parameters.exitSettlementWorkingDays);
      if (asOf > deadline && !onOrBefore(worker.exitSettlementConfirmedOn, asOf))
        out.push(
          alert(
            "WA15",
            "yellow",
            subject,
            `${worker.id}于${worker.exitedOn}离场，应于${deadline}前结算确认，尚未确认`,
          ),
        );
    }
  }
  for (const complaint of complaints) {
    if (!onOrBefore(complaint.closedOn, asOf))
      out.push(
        alert(
          "WA18",
          "yellow",
          { complaintId: complaint.id },
          `投诉${complaint.id}于${complaint.receivedOn}收到，尚未办结`,
        ),
      );
  }
  return out;
}
