import { z } from "zod";
import { cursorPageQuery } from "./common.ts";
import { EDUCATION_LEVELS } from "./job-postings.ts";
import { CERTIFICATE_KINDS } from "./people.ts";
import { defineRoute } from "./route.ts";

/**
 * One-click applications and employers' invitations. A person who applies, or accepts an
 * invitation, agrees that the posting's employer sees their phone number; before that the
 * employer never does.
 */

export const APPLICATION_STATUSES = [
  "submitted",
  "viewed",
  "interview",
  "offer",
  "hired",
  "rejected",
  "withdrawn",
] as const;
/** The statuses the posting's side sets; `viewed` follows from reading, `withdrawn` is the seeker's. */
export const DECISION_STATUSES = ["interview", "offer", "hired", "rejected"] as const;
/** Who moves an application: the posting's side (its employer or the staff of its region), or the seeker. */
export type ApplicationSide = "employer" | "seeker";

/**
 * Where an application may go from each status, and by whom. `viewed` follows from the posting's
 * side reading it; a withdrawn application comes back only by applying again; the last three are final.
 */
export const APPLICATION_TRANSITIONS: Record<
  (typeof APPLICATION_STATUSES)[number],
  Record<ApplicationSide, readonly (typeof APPLICATION_STATUSES)[number][]>
> = {
  submitted: { employer: ["interview", "offer", "rejected"], seeker: ["withdrawn"] },
  viewed: { employer: ["interview", "offer", "rejected"], seeker: ["withdrawn"] },
  interview: { employer: ["offer", "rejected"], seeker: ["withdrawn"] },
  offer: { employer: ["hired", "rejected"], seeker: ["withdrawn"] },
  hired: { employer: [], seeker: [] },
  rejected: { employer: [], seeker: [] },
  withdrawn: { employer: [], seeker: [] },
};
export const APPLICATION_ORIGINS = ["apply", "invitation"] as const;
export const INVITATION_ANSWERS = ["accepted", "declined"] as const;

export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
const idParams = z.object({ id: z.uuid() });

const historySchema = z.array(
  z.object({
    at: z.string(),
    fromStatus: applicationStatusSchema.nullable(),
    toStatus: applicationStatusSchema,
    actorName: z.string().nullable(),
    note: z.string().nullable(),
  }),
);

/** The posting an application or invitation is for, as the seeker sees it. */
const postingRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  employerName: z.string(),
  regionName: z.string(),
});

/** An application as the person who made it sees it. */
export const ownApplicationSchema = z.object({
  id: z.string(),
  posting: postingRefSchema,
  status: applicationStatusSchema,
  origin: z.enum(APPLICATION_ORIGINS),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: historySchema,
});
export type OwnApplication = z.infer<typeof ownApplicationSchema>;

/** The applicant as the posting's employer sees them: what the job needs, and how to reach them. */
export const applicantSchema = z.object({
  personId: z.string(),
  name: z.string(),
  age: z.number().int(),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  skills: z.array(z.string()),
  certificates: z.array(
    z.object({ kind: z.enum(CERTIFICATE_KINDS), name: z.string(), level: z.number().int().nullable() }),
  ),
  regionCode: z.string(),
  regionName: z.string(),
  /** In full: the person applied. Null when they gave none or withdrew the application. */
  phone: z.string().nullable(),
});

/** An application as the posting's employer and the staff of its region see it. */
export const receivedApplicationSchema = z.object({
  id: z.string(),
  postingId: z.string(),
  postingTitle: z.string(),
  status: applicationStatusSchema,
  origin: z.enum(APPLICATION_ORIGINS),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  applicant: applicantSchema,
  history: historySchema,
});
export type ReceivedApplication = z.infer<typeof receivedApplicationSchema>;

/** An invitation as the inviting side sees it: no contact details until the person accepts. */
export const invitationSchema = z.object({
  id: z.string(),
  postingId: z.string(),
  personId: z.string(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  answer: z.enum(INVITATION_ANSWERS).nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** An invitation as the invited person sees it. */
export const ownInvitationSchema = z.object({
  id: z.string(),
  posting: postingRefSchema,
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
  answer: z.enum(INVITATION_ANSWERS).nullable(),
});
export type OwnInvitation = z.infer<typeof ownInvitationSchema>;

const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

// ——— seekers ———

export const applyToPosting = defineRoute({
  id: "applications.apply",
  method: "POST",
  path: "/v1/job-postings/:id/apply",
  summary:
    "Apply in one click with one's registry record (201); applying again answers the application made before (200)",
  tags: ["applications"],
  access: ["seeker"],
  successStatus: 201,
  repeatStatus: 200,
  params: idParams,
  /** Nothing at all, or a short message to the employer. */
  body: z.object({ note: z.string().trim().max(500).optional() }).nullish(),
  response: z.object({ application: ownApplicationSchema }),
});

export const listOwnApplications = defineRoute({
  id: "applications.listOwn",
  method: "GET",
  path: "/v1/me/applications",
  summary: "One's own applications, newest first, with their history",
  tags: ["applications"],
  access: ["seeker"],
  query: cursorPageQuery,
  response: pageOf(ownApplicationSchema),
});

export const withdrawApplication = defineRoute({
  id: "applications.withdraw",
  method: "POST",
  path: "/v1/me/applications/:id/withdraw",
  summary: "Withdraw one's own application (not once hired); the employer no longer sees the phone number",
  tags: ["applications"],
  access: ["seeker"],
  params: idParams,
  response: z.object({ application: ownApplicationSchema }),
});

export const listOwnInvitations = defineRoute({
  id: "applications.listOwnInvitations",
  method: "GET",
  path: "/v1/me/invitations",
  summary: "Invitations to apply that employers sent one, newest first",
  tags: ["applications"],
  access: ["seeker"],
  query: cursorPageQuery,
  response: pageOf(ownInvitationSchema),
});

export const acceptInvitation = defineRoute({
  id: "applications.acceptInvitation",
  method: "POST",
  path: "/v1/me/invitations/:id/accept",
  summary: "Accept an invitation: it becomes an application, and the employer may see one's phone number",
  tags: ["applications"],
  access: ["seeker"],
  params: idParams,
  response: z.object({ invitation: ownInvitationSchema, application: ownApplicationSchema }),
});

export const declineInvitation = defineRoute({
  id: "applications.declineInvitation",
  method: "POST",
  path: "/v1/me/invitations/:id/decline",
  summary: "Decline an invitation",
  tags: ["applications"],
  access: ["seeker"],
  params: idParams,
  response: z.object({ invitation: ownInvitationSchema }),
});

// ——— employers and staff ———

export const listPostingApplications = defineRoute({
  id: "applications.listForPosting",
  method: "GET",
  path: "/v1/job-postings/:id/applications",
  summary:
    "Applications to a posting, newest first, with the applicants' phone numbers (audited); new ones become viewed",
  tags: ["applications"],
  access: ["employer", "staff", "admin"],
  params: idParams,
  query: cursorPageQuery.extend({ status: applicationStatusSchema.optional() }),
  response: pageOf(receivedApplicationSchema),
});

export const listEmployerApplications = defineRoute({
  id: "applications.listForEmployer",
  method: "GET",
  path: "/v1/employer/applications",
  summary:
    "An employer's inbox: applications to all its postings, newest first, with counts per status (audited); new ones become viewed",
  tags: ["applications"],
  access: ["employer"],
  query: cursorPageQuery.extend({ status: applicationStatusSchema.optional() }),
  response: pageOf(receivedApplicationSchema).extend({
    counts: z.record(applicationStatusSchema, z.number().int()),
  }),
});

export const decideApplication = defineRoute({
  id: "applications.changeStatus",
  method: "POST",
  path: "/v1/applications/:id/status",
  summary:
    "Move an application on (interview, offer, hired, rejected); the seeker is told; hired records the placement",
  tags: ["applications"],
  access: ["employer", "staff", "admin"],
  params: idParams,
  body: z.object({
    status: z.enum(DECISION_STATUSES),
    note: z.string().trim().max(500).optional(),
  }),
  response: z.object({ application: receivedApplicationSchema }),
});

export const invitePerson = defineRoute({
  id: "applications.invite",
  method: "POST",
  path: "/v1/job-postings/:id/invitations",
  summary:
    "Invite a person who chose to be recommended to apply (201); inviting again answers the invitation sent before (200)",
  tags: ["applications"],
  access: ["employer", "staff", "admin"],
  successStatus: 201,
  repeatStatus: 200,
  params: idParams,
  body: z.object({ personId: z.uuid() }),
  response: z.object({ invitation: invitationSchema }),
});
