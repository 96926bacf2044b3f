import { rolesWithin } from "../../lib/access.ts";
import type { PlanScope } from "../targets/targets.access.ts";

/**
 * Bulletins rank every county of a plan, so they belong to the offices of the plan's region and
 * above (the prefecture's office issues them to the counties); counties see their own standing in
 * the progress view.
 */
export const bulletinPolicy = {
  read: rolesWithin<PlanScope>(["staff", "leadership", "admin"]),
  generate: rolesWithin<PlanScope>(["staff", "leadership"]),
};
