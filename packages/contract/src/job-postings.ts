import { CATEGORIES } from "@jiuye/compliance/types";
import { z } from "zod";
import { regionCodeSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

export const POSTING_STATUSES = [
  "draft",
  "pending_review",
  "published",
  "filled",
  "expired",
  "withdrawn",
] as const;
export const SALARY_UNITS = ["month", "day", "hour", "piece"] as const;
export const EMPLOYMENT_TYPES = ["full_time", "part_time", "gig", "internship", "seasonal"] as const;
export const EDUCATION_LEVELS = [
  "none",
  "primary",
  "junior_secondary",
  "senior_secondary",
  "vocational",
  "associate",
  "bachelor",
  "master",
  "doctorate",
] as const;
/** Pay per month at a standard month (21.75 days, 174 hours); null for piece rates. */
export { monthlyEquivalent } from "@jiuye/compliance/fields";
/** The law check's categories, as the compliance package defines them. */
export const FINDING_CATEGORIES = CATEGORIES;

export const postingStatusSchema = z.enum(POSTING_STATUSES);
const isoDate = z.iso.date();

export const findingSchema = z.object({
  category: z.enum(FINDING_CATEGORIES),
  severity: z.enum(["block", "warn"]),
  /** The offending span as written. */
  text: z.string(),
  /** The law and article. */
  basis: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

/** What an employer, a staff member, a file row or a feed item says about one posting. */
export const postingFieldsSchema = z.object({
  title: z.string().trim().min(2).max(100),
  description: z.string().trim().min(10).max(5000),
  requirements: z.string().trim().max(2000).nullish(),
  occupationCode: z.string().max(20).nullish(),
  industryCode: z.string().max(2).nullish(),
  regionCode: regionCodeSchema,
  address: z.string().trim().max(200).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  headcount: z.number().int().min(1).max(100_000).nullish(),
  salaryMin: z.number().min(0).max(10_000_000),
  salaryMax: z.number().min(0).max(10_000_000),
  salaryUnit: z.enum(SALARY_UNITS),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  education: z.enum(EDUCATION_LEVELS).nullish(),
  experienceYears: z.number().int().min(0).max(50).nullish(),
  benefits: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  validUntil: isoDate.nullish(),
  howToApply: z.string().trim().min(2).max(500),
});
export type PostingFields = z.infer<typeof postingFieldsSchema>;

const employerRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string().nullable(),
  verified: z.boolean(),
});

const namedCodeSchema = z.object({ code: z.string(), name: z.string() }).nullable();

/** A posting as the public sees it. */
export const publicPostingSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  requirements: z.string().nullable(),
  employer: employerRefSchema,
  occupation: namedCodeSchema,
  /** The occupation was chosen by the platform from the title; the sender gave none. */
  occupationSuggested: z.boolean(),
  industry: namedCodeSchema,
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  headcount: z.number().int().nullable(),
  salaryMin: z.number(),
  salaryMax: z.number(),
  salaryUnit: z.enum(SALARY_UNITS),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  experienceYears: z.number().int().nullable(),
  benefits: z.array(z.string()),
  validUntil: z.string().nullable(),
  howToApply: z.string(),
  publishedAt: z.string().nullable(),
  /** Other sources publishing the same or nearly the same posting. */
  alsoPublishedBy: z.array(z.object({ postingId: z.string(), employerName: z.string(), source: z.string() })),
});
export type PublicPosting = z.infer<typeof publicPostingSchema>;

/** A posting as its employer and the reviewing staff see it. */
export const postingSchema = publicPostingSchema.extend({
  status: postingStatusSchema,
  /** Entered in the console and not yet published: its employer or staff may edit it. */
  editable: z.boolean(),
  findings: z.array(findingSchema),
  reviewNote: z.string().nullable(),
  sources: z.array(
    z.object({ source: z.string(), sourceId: z.string(), firstSeen: z.string(), lastSeen: z.string() }),
  ),
  history: z.array(
    z.object({
      at: z.string(),
      actorName: z.string().nullable(),
      fromStatus: postingStatusSchema.nullable(),
      toStatus: postingStatusSchema,
      note: z.string().nullable(),
    }),
  ),
  firstSeen: z.string(),
  lastSeen: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Posting = z.infer<typeof postingSchema>;

const idParams = z.object({ id: z.uuid() });

export const createPosting = defineRoute({
  id: "jobs.create",
  method: "POST",
  path: "/v1/job-postings",
  summary:
    "Create a posting as a draft (employers for themselves; staff for an employer in their jurisdiction)",
  tags: ["jobs"],
  access: ["employer", "staff", "admin"],
  successStatus: 201,
  body: postingFieldsSchema.extend({ employerId: z.uuid().optional() }),
  response: z.object({ posting: postingSchema }),
});

export const updatePosting = defineRoute({
  id: "jobs.update",
  method: "PUT",
  path: "/v1/job-postings/:id",
  summary: "Edit a draft or a posting sent back for changes; the compliance check runs again",
  tags: ["jobs"],
  access: ["employer", "staff", "admin"],
  params: idParams,
  body: postingFieldsSchema,
  response: z.object({ posting: postingSchema }),
});

export const getPosting = defineRoute({
  id: "jobs.get",
  method: "GET",
  path: "/v1/job-postings/:id",
  summary: "One posting: published ones for everybody; others for their employer and the staff of its region",
  tags: ["jobs"],
  access: "public",
  params: idParams,
  response: z.object({ posting: postingSchema.or(publicPostingSchema) }),
});

export const listMyPostings = defineRoute({
  id: "jobs.listManaged",
  method: "GET",
  path: "/v1/job-postings/managed",
  summary:
    "Postings an employer owns, or those in a staff member's jurisdiction, by status (the review queue)",
  tags: ["jobs"],
  access: ["employer", "staff", "leadership", "admin"],
  query: z.object({
    status: postingStatusSchema.optional(),
    cursor: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: z.object({ items: z.array(postingSchema), nextCursor: z.string().nullable() }),
});

export const transitionPosting = defineRoute({
  id: "jobs.transition",
  method: "POST",
  path: "/v1/job-postings/:id/transition",
  summary:
    "Move a posting: submit (→ pending_review), approve (→ published; warnings need confirmWarnings), send_back (→ draft, with a reason), fill, withdraw",
  tags: ["jobs"],
  access: ["employer", "staff", "admin"],
  params: idParams,
  body: z.object({
    action: z.enum(["submit", "approve", "send_back", "fill", "withdraw"]),
    note: z.string().trim().max(500).optional(),
    confirmWarnings: z.boolean().optional(),
  }),
  response: z.object({ posting: postingSchema }),
});
