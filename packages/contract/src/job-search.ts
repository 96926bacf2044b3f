import { z } from "zod";
import { regionCodeSchema } from "./common.ts";
import { EMPLOYMENT_TYPES, publicPostingSchema } from "./job-postings.ts";
import { defineRoute } from "./route.ts";

const facetSchema = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() }));

export const searchPostings = defineRoute({
  id: "jobs.search",
  method: "GET",
  path: "/v1/job-postings",
  summary:
    "Search published postings: Chinese full text, region subtree, occupation, industry, pay, type, distance, freshness; cursor pages, facets and total",
  tags: ["jobs"],
  access: "public",
  query: z.object({
    q: z.string().trim().max(100).optional(),
    region: regionCodeSchema.optional(),
    occupation: z.string().max(20).optional().describe("a 大典 code at any level: the subtree matches"),
    industry: z.string().max(2).optional().describe("a GB/T 4754 section letter"),
    salaryMin: z.coerce
      .number()
      .min(0)
      .optional()
      .describe("at least this much per month (other units converted)"),
    type: z.enum(EMPLOYMENT_TYPES).optional(),
    near: z
      .string()
      .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, "lat,lon")
      .optional(),
    radiusKm: z.coerce.number().min(0.1).max(500).default(20),
    postedWithin: z.coerce.number().int().min(1).max(365).optional().describe("days"),
    sort: z.enum(["relevance", "newest", "pay", "distance"]).default("relevance"),
    cursor: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  }),
  response: z.object({
    items: z.array(publicPostingSchema.extend({ distanceKm: z.number().nullable() })),
    /** Exact up to `totalCapped`; beyond it the count says "at least". */
    total: z.number().int(),
    totalIsLowerBound: z.boolean(),
    facets: z.object({ region: facetSchema, occupation: facetSchema, type: facetSchema }),
    nextCursor: z.string().nullable(),
  }),
});

export const postingStats = defineRoute({
  id: "jobs.stats",
  method: "GET",
  path: "/v1/job-postings/stats",
  summary:
    "Postings aggregated (归集) by region and month: first seen in the month, for the plans' indicator",
  tags: ["jobs"],
  access: ["staff", "department", "leadership", "admin"],
  query: z.object({
    region: regionCodeSchema.optional(),
    year: z.coerce.number().int().min(2000).max(2100),
  }),
  response: z.object({
    rows: z.array(
      z.object({
        regionCode: z.string(),
        regionName: z.string(),
        month: z.string(),
        postings: z.number().int(),
        positions: z.number().int(),
      }),
    ),
  }),
});
