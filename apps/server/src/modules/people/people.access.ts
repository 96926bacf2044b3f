import type { Actor, Deps } from "../../http/context.ts";
import { authorize, rolesWithin } from "../../lib/access.ts";
import { AppError } from "../../lib/errors.ts";
import { requireRegion } from "../regions/regions.directory.ts";

export interface PersonScope {
  regionPath: string | null;
}

/** Who may do what with people's records; jurisdiction is the region of residence's subtree. */
export const personPolicy = {
  /** Masked records and lists. */
  read: rolesWithin<PersonScope>(["staff", "leadership"]),
  /** Register, correct, follow up, check, erase at the person's request. */
  manage: rolesWithin<PersonScope>(["staff"]),
  /** Identity, phone and certificate numbers in full, for a stated reason. */
  reveal: rolesWithin<PersonScope>(["staff"]),
  readSettings: rolesWithin<PersonScope>(["staff", "admin"]),
  /** Follow-up intervals and the sample share of a region and those below it. */
  configure: rolesWithin<PersonScope>(["admin"]),
};

/** The region path a staff list covers: the asked-for region inside the caller's jurisdiction, or all of it. */
export function jurisdictionPath(deps: Pick<Deps, "regions">, actor: Actor, regionCode?: string): string {
  if (!actor.regionPath) throw new AppError("ACCESS_OUTSIDE_JURISDICTION", "Your account has no region");
  if (!regionCode) return actor.regionPath;
  const region = requireRegion(deps.regions, regionCode, "$query.region");
  authorize(personPolicy.read, actor, { regionPath: region.path });
  return region.path;
}
