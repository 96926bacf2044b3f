import { type Rule, rolesWithin } from "../../lib/access.ts";
import { isWithin } from "../../lib/jurisdiction.ts";

export interface PlanScope {
  /** The plan's region (the prefecture for Changji 2026). */
  regionPath: string | null;
  /** Departments the plan gives tasks or targets. */
  departmentIds: readonly string[];
}

const OFFICES = ["staff", "leadership", "admin"];

/**
 * Who may do what with plans. Offices read a plan that covers their jurisdiction (a county reads the
 * prefecture's plan) or lies within it, and see the rows of their jurisdiction only; department
 * accounts read the plans that give their department tasks, and only their department's part.
 */
export const planPolicy = {
  read: ((actor, plan) =>
    (OFFICES.includes(actor.role) &&
      (isWithin(actor.regionPath, plan.regionPath) || isWithin(plan.regionPath, actor.regionPath))) ||
    (actor.role === "department" &&
      actor.organisationId !== null &&
      plan.departmentIds.includes(actor.organisationId))) as Rule<PlanScope>,
  /** Ranking weights and the yellow margin: the plan's own level or above. */
  configure: rolesWithin<PlanScope>(["admin", "leadership"]),
  /** Approve or return reports: the offices of the plan's region (the prefecture) or above. */
  review: rolesWithin<PlanScope>(["staff", "leadership"]),
};

/** Rows of a region (targets, progress, reports): offices whose jurisdiction holds the region. */
export const regionRowPolicy = {
  read: rolesWithin<{ regionPath: string | null }>(["staff", "leadership", "admin"]),
  /** A county's report: its own staff, or the staff above it entering it for them. */
  report: rolesWithin<{ regionPath: string | null }>(["staff"]),
};

/** A department's tasks and reports: the department itself; the offices above it read them. */
export const departmentPolicy = {
  read: ((actor, d) =>
    (actor.role === "department" && actor.organisationId === d.id) ||
    (OFFICES.includes(actor.role) && isWithin(actor.regionPath, d.regionPath))) as Rule<{
    id: string;
    regionPath: string | null;
  }>,
  report: ((actor, d) => actor.role === "department" && actor.organisationId === d.id) as Rule<{
    id: string;
  }>,
};
