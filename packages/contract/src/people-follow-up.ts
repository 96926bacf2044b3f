import { z } from "zod";
import { regionCodeSchema } from "./common.ts";
import {
  CONTACT_CHANNELS,
  employmentStatusSchema,
  OFFER_KINDS,
  personResponseSchema,
  personSummarySchema,
  statusInputSchema,
} from "./people.ts";
import { defineRoute } from "./route.ts";

/** Employment status changes, follow-up contacts and worklists, data checks, and bulk import of people. */

const isoDate = z.iso.date();
const idParams = z.object({ id: z.uuid() });

export const changeStatus = defineRoute({
  id: "people.changeStatus",
  method: "POST",
  path: "/v1/people/:id/status",
  summary: "Record a change of employment status; the next follow-up is set by the new status's cadence",
  tags: ["people"],
  access: ["staff"],
  params: idParams,
  body: statusInputSchema.extend({ note: z.string().trim().max(500).nullish() }),
  response: personResponseSchema,
});

export const recordContact = defineRoute({
  id: "people.recordContact",
  method: "POST",
  path: "/v1/people/:id/contacts",
  summary: "Record a follow-up contact: when, how, what was offered, and any change of status",
  tags: ["people"],
  access: ["staff"],
  successStatus: 201,
  params: idParams,
  body: z.object({
    contactedOn: isoDate.optional(),
    channel: z.enum(CONTACT_CHANNELS),
    offered: z.array(z.enum(OFFER_KINDS)).max(4).default([]),
    /** Postings put to the person, if any. */
    postingIds: z.array(z.uuid()).max(20).default([]),
    note: z.string().trim().max(1000).nullish(),
    status: statusInputSchema.optional(),
  }),
  response: personResponseSchema,
});

export const listFollowUps = defineRoute({
  id: "people.followUps",
  method: "GET",
  path: "/v1/people/follow-ups",
  summary: "Follow-ups due (within `within` days) and overdue in one's jurisdiction, the most overdue first",
  tags: ["people"],
  access: ["staff"],
  query: z.object({
    within: z.coerce.number().int().min(0).max(92).default(0),
    overdueOnly: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    status: employmentStatusSchema.optional(),
    region: regionCodeSchema.optional(),
    cursor: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: z.object({
    today: z.string(),
    items: z.array(personSummarySchema),
    nextCursor: z.string().nullable(),
  }),
});

export const settingsSchema = z.object({
  regionCode: z.string(),
  /** The region whose settings apply (the nearest ancestor that has any); null: the platform defaults. */
  definedAt: z.string().nullable(),
  stableDays: z.number().int(),
  flexibleDays: z.number().int(),
  unemployedDays: z.number().int(),
  /** Share of township-checked records a county draws for verification, 0–1. */
  sampleShare: z.number(),
});

export const getSettings = defineRoute({
  id: "people.getSettings",
  method: "GET",
  path: "/v1/people/settings",
  summary: "Follow-up intervals and the county sample share in force for a region",
  tags: ["people"],
  access: ["staff", "admin"],
  query: z.object({ region: regionCodeSchema.optional() }),
  response: z.object({ settings: settingsSchema }),
});

export const saveSettings = defineRoute({
  id: "people.saveSettings",
  method: "PUT",
  path: "/v1/people/settings/:regionCode",
  summary: "Set the follow-up intervals and sample share for a region and the regions below it",
  tags: ["people"],
  access: ["admin"],
  params: z.object({ regionCode: regionCodeSchema }),
  body: z.object({
    stableDays: z.number().int().min(1).max(366),
    flexibleDays: z.number().int().min(1).max(366),
    unemployedDays: z.number().int().min(1).max(366),
    sampleShare: z.number().min(0).max(1),
  }),
  response: z.object({ settings: settingsSchema }),
});

export const checkPerson = defineRoute({
  id: "people.check",
  method: "POST",
  path: "/v1/people/:id/check",
  summary:
    "Data checks: township staff check entries (`check`), counties verify sampled ones (`verify`); either may `return` one with a reason",
  tags: ["people"],
  access: ["staff"],
  params: idParams,
  body: z.object({
    action: z.enum(["check", "verify", "return"]),
    note: z.string().trim().max(500).nullish(),
  }),
  response: personResponseSchema,
});

export const sampleSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  period: z.string(),
  share: z.number(),
  /** Township-checked records that could be drawn. */
  candidates: z.number().int(),
  personIds: z.array(z.string()),
  drawnBy: z.string().nullable(),
  drawnAt: z.string(),
});

export const drawSample = defineRoute({
  id: "people.drawSample",
  method: "POST",
  path: "/v1/people/samples",
  summary:
    "County verification: draw the configured share of township-checked records, deterministically by hashed id; once per period",
  tags: ["people"],
  access: ["staff"],
  successStatus: 201,
  body: z.object({
    regionCode: regionCodeSchema.optional(),
    period: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, "a year, month (2026-06) or quarter (2026-Q2)"),
  }),
  response: z.object({ sample: sampleSchema }),
});

// ——— bulk import ———

export const peopleImportSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  dryRun: z.boolean(),
  status: z.enum(["queued", "running", "done", "failed"]),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  consentCollectedBy: z.string(),
  consentPurpose: z.string(),
  summary: z
    .object({
      received: z.number().int(),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.number().int(),
    })
    .nullable(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
});

export const startPeopleImport = defineRoute({
  id: "people.startImport",
  method: "POST",
  path: "/v1/people/imports",
  summary:
    "Upload a .xlsx or .csv of people (the template's columns), stating once who collected their consent and for what",
  tags: ["people"],
  access: ["staff"],
  upload: true,
  successStatus: 202,
  query: z.object({
    format: z.enum(["csv", "xlsx"]),
    fileName: z.string().max(200).default("upload"),
    consentCollectedBy: z.string().trim().min(2).max(100),
    consentPurpose: z.string().trim().min(4).max(200),
    dryRun: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  }),
  response: z.object({ import: peopleImportSchema }),
});

export const getPeopleImport = defineRoute({
  id: "people.getImport",
  method: "GET",
  path: "/v1/people/imports/:id",
  summary: "An import's progress, its counts and every bad row with its column and reason",
  tags: ["people"],
  access: ["staff"],
  params: idParams,
  response: z.object({ import: peopleImportSchema }),
});

export const getPeopleImportTemplate = defineRoute({
  id: "people.importTemplate",
  method: "GET",
  path: "/v1/people/import-template",
  summary:
    "The people import template (.xlsx or .csv) with an example row and a sheet explaining each column",
  tags: ["people"],
  access: "public",
  download: true,
  query: z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") }),
  response: z.unknown(),
});
