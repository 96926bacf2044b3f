import { APPLICATION_TRANSITIONS, type ApplicationSide } from "@jiuye/contract/applications";
import type { ApplicationStatus, EmploymentStatus, EmploymentType } from "../../db/types.ts";
import { AppError } from "../../lib/errors.ts";

export type Side = ApplicationSide;

/** Throws unless `side` may move an application from `from` to `to`, naming the moves it may make. */
export function requireTransition(from: ApplicationStatus, to: ApplicationStatus, side: Side): void {
  const allowed = APPLICATION_TRANSITIONS[from][side];
  if (allowed.includes(to)) return;
  throw new AppError(
    "APPLICATIONS_BAD_TRANSITION",
    allowed.length > 0
      ? `An application at "${from}" can only move to: ${allowed.join(", ")}`
      : `An application at "${from}" cannot move any more`,
    { from, to, allowed },
  );
}

/** The employment status a hire means: stable for a full-time job, flexible for the other kinds. */
export function statusOnHire(type: EmploymentType): EmploymentStatus {
  return type === "full_time" ? "employed_stable" : "employed_flexible";
}
