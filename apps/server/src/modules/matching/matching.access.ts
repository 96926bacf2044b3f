import type { Rule } from "../../lib/access.ts";
import { type PostingScope, postingPolicy } from "../jobs/jobs.access.ts";
import { type PersonScope, personPolicy } from "../people/people.access.ts";

export interface MatchesScope extends PersonScope {
  /** The seeker account of a person who registered themselves. */
  userId: string | null;
}

/** Who may see matches: a person their own; a posting's recommended candidates, its employer and the staff of its region. */
export const matchingPolicy = {
  personMatches: ((actor, p) =>
    (actor.role === "seeker" && p.userId === actor.id) || personPolicy.read(actor, p)) as Rule<MatchesScope>,
  candidates: ((actor, p) =>
    (actor.role === "employer" || actor.role === "staff") &&
    postingPolicy.manage(actor, p)) as Rule<PostingScope>,
};
