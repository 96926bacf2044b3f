import { rolesWithin } from "../../lib/access.ts";

/** Who may do what with organisations; jurisdiction is the organisation's region subtree. */
export const organisationPolicy = {
  create: rolesWithin<{ regionPath: string | null }>(["staff", "admin"]),
  verify: rolesWithin<{ regionPath: string | null }>(["staff", "admin"]),
};
