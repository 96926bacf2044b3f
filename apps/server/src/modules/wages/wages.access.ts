import type { Actor } from "../../http/context.ts";
import type { Rule } from "../../lib/access.ts";
import { isWithin, levelOfPath } from "../../lib/jurisdiction.ts";

/** What decides who may see and handle a project and its alerts. */
export interface ProjectScope {
  regionPath: string;
  /** The sector department (行业主管部门) that disposes its alerts. */
  departmentId: string;
  /** Organisations that are parties to it (builder, contractors). */
  partyIds: readonly string[];
}

const OFFICES = ["staff", "leadership", "admin"];
const COUNTY_LEVEL = 3;

const ownDepartment = (actor: Actor, p: ProjectScope) =>
  actor.role === "department" && actor.organisationId === p.departmentId;
const party = (actor: Actor, p: ProjectScope) =>
  actor.role === "employer" && actor.organisationId !== null && p.partyIds.includes(actor.organisationId);
const office = (actor: Actor, p: ProjectScope) =>
  OFFICES.includes(actor.role) && isWithin(actor.regionPath, p.regionPath);

/**
 * Projects: the offices of their region and above, their sector department, and the contractors who
 * are parties to them read them and feed their roster, attendance, payroll and allocations (leadership
 * only reads). Alerts go to the sector department, which acknowledges and disposes them, and to the HR
 * bureau of the county (and above), which verifies and closes them; townships see them for information.
 */
export const projectPolicy = {
  read: ((actor, p) => office(actor, p) || ownDepartment(actor, p) || party(actor, p)) as Rule<ProjectScope>,
  feed: ((actor, p) =>
    (office(actor, p) && actor.role !== "leadership") ||
    ownDepartment(actor, p) ||
    party(actor, p)) as Rule<ProjectScope>,
};

export const alertPolicy = {
  read: ((actor, p) => office(actor, p) || ownDepartment(actor, p)) as Rule<ProjectScope>,
  handle: ((actor, p) => ownDepartment(actor, p)) as Rule<ProjectScope>,
  verify: ((actor, p) =>
    actor.role === "staff" &&
    actor.regionPath !== null &&
    levelOfPath(actor.regionPath) <= COUNTY_LEVEL &&
    isWithin(actor.regionPath, p.regionPath)) as Rule<ProjectScope>,
};
