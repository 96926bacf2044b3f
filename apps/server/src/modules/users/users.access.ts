import { rolesWithin } from "../../lib/access.ts";

/** Administrators manage accounts whose region lies in their jurisdiction. */
export const userPolicy = {
  create: rolesWithin<{ regionPath: string | null }>(["admin"]),
  unlock: rolesWithin<{ regionPath: string | null }>(["admin"]),
};
