import {
  APPLICATION_TRANSITIONS,
  DECISION_STATUSES,
  type OwnApplication,
} from "@jiuye/contract/applications";

type Status = OwnApplication["status"];
type DecisionStatus = (typeof DECISION_STATUSES)[number];

const isDecision = (status: Status): status is DecisionStatus =>
  (DECISION_STATUSES as readonly Status[]).includes(status);

/** The moves the posting's side may make from a status (the server decides; this offers the buttons that can succeed). */
export function decisionsFrom(status: Status): DecisionStatus[] {
  return APPLICATION_TRANSITIONS[status].employer.filter(isDecision);
}

/** A seeker may withdraw an application until it is decided (hired or rejected) or already withdrawn. */
export function canWithdraw(status: Status): boolean {
  return APPLICATION_TRANSITIONS[status].seeker.includes("withdrawn");
}
