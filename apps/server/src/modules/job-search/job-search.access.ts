import { rolesWithin } from "../../lib/access.ts";

/** Aggregate figures are for the offices whose jurisdiction holds the region asked about. */
export const jobSearchPolicy = {
  stats: rolesWithin<{ regionPath: string | null }>(["staff", "department", "leadership", "admin"]),
};
