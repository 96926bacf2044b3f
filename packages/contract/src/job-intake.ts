import { z } from "zod";
import { isoDateTime, issueSchema, regionCodeSchema } from "./common.ts";
import { findingSchema, postingFieldsSchema, postingStatusSchema } from "./job-postings.ts";
import { defineRoute } from "./route.ts";

/** What the law check takes: a posting's text and the facts it must state. */
export const checkInputSchema = z.object({
  title: z.string().max(200),
  description: z.string().max(10_000),
  requirements: z.string().max(5000).optional(),
  salaryMin: z.number().nullable().optional(),
  salaryMax: z.number().nullable().optional(),
  salaryUnit: z.enum(["month", "day", "hour", "piece"]).nullable().optional(),
  regionCode: z.string().max(20).nullable().optional(),
  headcount: z.number().int().nullable().optional(),
  validUntil: z.string().max(10).nullable().optional(),
});

export const checkPosting = defineRoute({
  id: "jobs.check",
  method: "POST",
  path: "/v1/job-postings/check",
  summary: "Check a posting against anti-discrimination and recruitment law without saving it",
  tags: ["jobs"],
  access: "public",
  body: checkInputSchema,
  response: z.object({ findings: z.array(findingSchema) }),
});

export const feedItemSchema = postingFieldsSchema.extend({
  /** The posting's id in the sending system: the same id updates the same posting. */
  sourceId: z.string().trim().min(1).max(100),
  employer: z.object({ name: z.string().trim().min(2).max(100), creditCode: z.string().trim().length(18) }),
});

/** What happened to each item of a batch, file row or form. */
export const intakeOutcomeSchema = z.object({
  sourceId: z.string(),
  result: z.enum(["created", "updated", "unchanged", "merged", "rejected"]),
  postingId: z.string().nullable(),
  status: postingStatusSchema.nullable(),
  findings: z.array(findingSchema),
  errors: z.array(issueSchema),
});

export const intakeSummarySchema = z.object({
  received: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  merged: z.number().int(),
  rejected: z.number().int(),
});

export const submitFeedBatch = defineRoute({
  id: "jobs.feedBatch",
  method: "POST",
  path: "/v1/job-postings/batch",
  summary:
    "Feed API for other systems: idempotent upsert by (source, sourceId); authenticate with `Authorization: Bearer <source token>`",
  tags: ["jobs"],
  access: "public",
  body: z.object({ items: z.array(z.unknown()).min(1).max(1000) }),
  response: intakeSummarySchema.extend({ outcomes: z.array(intakeOutcomeSchema) }),
});

export const createFeedSource = defineRoute({
  id: "jobs.createFeedSource",
  method: "POST",
  path: "/v1/feed-sources",
  summary: "Register a system that sends postings; its token is shown once",
  tags: ["jobs"],
  access: ["admin"],
  successStatus: 201,
  body: z.object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_.-]{1,40}$/),
    displayName: z.string().min(2).max(100),
    regionCode: regionCodeSchema,
    refreshDays: z.number().int().min(1).max(90).default(7),
    autoPublish: z.boolean().default(false),
  }),
  response: z.object({ name: z.string(), token: z.string() }),
});

export const feedSourceSchema = z.object({
  name: z.string(),
  displayName: z.string(),
  regionCode: z.string(),
  refreshDays: z.number().int(),
  autoPublish: z.boolean(),
  createdAt: isoDateTime,
  /** Set once revoked: its token no longer works; its postings expire after the refresh window. */
  revokedAt: isoDateTime.nullable(),
  /** When it last sent an item. */
  lastReceivedAt: isoDateTime.nullable(),
});

const feedSourceParams = z.object({ name: z.string().max(42) });

export const listFeedSources = defineRoute({
  id: "jobs.listFeedSources",
  method: "GET",
  path: "/v1/feed-sources",
  summary: "Systems that send postings, within the caller's region",
  tags: ["jobs"],
  access: ["admin"],
  response: z.object({ items: z.array(feedSourceSchema) }),
});

export const rotateFeedToken = defineRoute({
  id: "jobs.rotateFeedToken",
  method: "POST",
  path: "/v1/feed-sources/:name/token",
  summary:
    "Issue a new token for a feed source (shown once; re-enables a revoked one); the old one stops working",
  tags: ["jobs"],
  access: ["admin"],
  params: feedSourceParams,
  response: z.object({ name: z.string(), token: z.string() }),
});

export const revokeFeedSource = defineRoute({
  id: "jobs.revokeFeedSource",
  method: "POST",
  path: "/v1/feed-sources/:name/revoke",
  summary: "Stop accepting a feed source; postings it sent stay, and expire after its refresh window",
  tags: ["jobs"],
  access: ["admin"],
  params: feedSourceParams,
  response: z.object({ source: feedSourceSchema }),
});

export const importSummarySchema = z.object({
  id: z.string(),
  source: z.string(),
  fileName: z.string(),
  dryRun: z.boolean(),
  status: z.enum(["queued", "running", "done", "failed"]),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  summary: intakeSummarySchema.nullable(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
});

export const startImport = defineRoute({
  id: "jobs.startImport",
  method: "POST",
  path: "/v1/job-postings/imports",
  summary:
    "Upload a .xlsx or .csv of postings (the template's columns); rows are checked and imported in the background",
  tags: ["jobs"],
  access: ["staff", "admin"],
  upload: true,
  successStatus: 202,
  query: z.object({
    format: z.enum(["csv", "xlsx"]),
    fileName: z.string().max(200).default("upload"),
    source: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_.-]{1,40}$/)
      .default("import"),
    dryRun: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  }),
  response: z.object({ import: importSummarySchema }),
});

export const getImport = defineRoute({
  id: "jobs.getImport",
  method: "GET",
  path: "/v1/job-postings/imports/:id",
  summary: "An import's progress, its outcome counts and every bad row with its column and reason",
  tags: ["jobs"],
  access: ["staff", "admin"],
  params: z.object({ id: z.uuid() }),
  response: z.object({ import: importSummarySchema }),
});

export const getImportTemplate = defineRoute({
  id: "jobs.importTemplate",
  method: "GET",
  path: "/v1/job-postings/import-template",
  summary:
    "The import template (.xlsx or .csv) with its columns, an example row and a sheet explaining each column",
  tags: ["jobs"],
  access: "public",
  download: true,
  query: z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") }),
  response: z.unknown(),
});
