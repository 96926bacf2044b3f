import { postingPolicy } from "../jobs/jobs.access.ts";

/**
 * Who may do what with applications and invitations: the side of the posting, as for the posting
 * itself (its employer, or the staff whose jurisdiction holds it). Seekers reach only their own
 * applications and invitations, which the repository finds by their account.
 */
export const applicationPolicy = {
  /** See the applicants with their phone numbers, and move applications on. */
  handle: postingPolicy.manage,
  /** Invite people who chose to be recommended to apply. */
  invite: postingPolicy.manage,
};
