import { rolesWithin } from "../../lib/access.ts";

export interface PushScope {
  regionPath: string | null;
}

/**
 * Who may push: the staff of a region, to the people living in it. Daily runs are the platform's
 * own (counts only, no people), shown to every office; a staff push to a group is shown to the
 * staff and administrators whose jurisdiction holds its region.
 */
export const pushPolicy = {
  pushToGroup: rolesWithin<PushScope>(["staff"]),
};
