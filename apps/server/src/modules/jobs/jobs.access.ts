import type { Actor } from "../../http/context.ts";
import type { Rule } from "../../lib/access.ts";
import { isWithin } from "../../lib/jurisdiction.ts";

export interface PostingScope {
  employerId: string;
  regionPath: string | null;
}

const staffWithin: Rule<PostingScope> = (actor, p) =>
  (actor.role === "staff" || actor.role === "admin") && isWithin(actor.regionPath, p.regionPath);

/** Who may do what with a posting: its employer manages it; staff of its region manage and review it. */
export const postingPolicy = {
  manage: ((actor, p) =>
    (actor.role === "employer" && actor.organisationId === p.employerId) ||
    staffWithin(actor, p)) as Rule<PostingScope>,
  review: staffWithin,
  /** Unpublished postings: their employer and the offices whose jurisdiction holds them. */
  viewUnpublished: ((actor, p) =>
    (actor.role === "employer" && actor.organisationId === p.employerId) ||
    (["staff", "admin", "leadership", "department"].includes(actor.role) &&
      isWithin(actor.regionPath, p.regionPath))) as Rule<PostingScope>,
};

export function canViewUnpublished(actor: Actor | null, p: PostingScope): boolean {
  return actor !== null && postingPolicy.viewUnpublished(actor, p);
}
