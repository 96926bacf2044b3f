import { z } from "zod";
import { regionCodeSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

/**
 * Plans (工作要点) and their targets by region and department, progress against 序时进度 with lights
 * and rankings, and the monthly (counties) and quarterly (departments) reports of actual values.
 */

const READERS = ["staff", "leadership", "admin", "department"] as const;
const idParams = z.object({ id: z.uuid() });
const isoDate = z.iso.date();

export const COMPARATORS = ["at_least", "about", "at_most", "exact"] as const;
export const LIGHTS = ["green", "yellow", "red"] as const;
export const REPORT_STATUSES = ["draft", "submitted", "returned", "approved"] as const;

/** A month (`2026-05`, county reports) or a quarter (`2026-Q2`, department reports). */
export const reportPeriodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, "a month (2026-05) or a quarter (2026-Q2)");

const named = z.object({ code: z.string(), name: z.string() });

export const indicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** The unit actual values are given in. */
  unit: z.string(),
  kind: z.enum(["count", "rate"]),
  direction: z.enum(["up", "down"]),
  comparator: z.enum(COMPARATORS),
  /** How the documents expect the actual values. */
  source: z.enum(["computed", "reported"]),
  /** Whether the platform counts this indicator from its own records now (otherwise it is reported). */
  computedByPlatform: z.boolean(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** A target as written. `/` is not applicable (`applicable: false`), never 0. */
export const targetCellSchema = z.object({
  written: z.string(),
  applicable: z.boolean(),
  /** The figure and unit as written: 2.35 万个. */
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /** The figure in the indicator's unit: 23500. */
  baseValue: z.number().nullable(),
  comparator: z.enum(COMPARATORS).nullable(),
  per: z.string().nullable(),
});
export type TargetCell = z.infer<typeof targetCellSchema>;

export const planSummarySchema = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  issuer: z.string().nullable(),
  documentNumber: z.string().nullable(),
  issuedOn: z.string().nullable(),
  status: z.enum(["issued", "draft"]),
  region: named,
  year: z.number().int(),
  periodFrom: z.string(),
  periodTo: z.string(),
  source: z.string(),
  /** Overall ranking weight per indicator; indicators not listed weigh 1. */
  weights: z.record(z.string(), z.number()),
  /** Percentage points behind 序时进度 that are still yellow. */
  marginPoints: z.number(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const targetTableSchema = z.object({
  annex: z.string(),
  title: z.string(),
  unit: z.string(),
  columns: z.array(z.object({ indicator: z.string(), header: z.string(), unit: z.string().nullable() })),
  /** Only the rows within the caller's jurisdiction; the 合计 row is marked `total`. */
  rows: z.array(
    z.object({
      region: named,
      label: z.string(),
      total: z.boolean(),
      /** One per column; null where the table has no cell. */
      cells: z.array(targetCellSchema.nullable()),
    }),
  ),
});

export const planSchema = z.object({
  plan: planSummarySchema,
  indicators: z.array(indicatorSchema),
  goals: z.array(
    z.object({ text: z.string(), indicator: z.string().nullable(), cell: targetCellSchema.nullable() }),
  ),
  tables: z.array(targetTableSchema),
});

const taskSchema = z.object({
  no: z.number().int(),
  text: z.string(),
  edited: z.string().nullable(),
  targets: z.array(z.object({ indicator: z.string(), cell: targetCellSchema })),
});

export const planTasksSchema = z.object({
  /** A department's own tasks for department accounts; all departments' for the plan's offices. */
  departments: z.array(
    z.object({
      department: z.object({ id: z.string(), name: z.string() }),
      annex: z.string(),
      tasks: z.array(taskSchema),
    }),
  ),
  /** Tasks of each region within the caller's jurisdiction. */
  regions: z.array(z.object({ region: named, annex: z.string(), tasks: z.array(taskSchema) })),
  campaigns: z.array(
    z.object({
      no: z.number().int(),
      scope: z.string(),
      name: z.string(),
      label: z.string().nullable(),
      time: z.string().nullable(),
      months: z.array(z.number().int()),
      organisers: z.string(),
      departments: z.array(z.object({ id: z.string(), name: z.string() })),
      hosts: z.array(named),
      hostNote: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});

export const listPlans = defineRoute({
  id: "targets.listPlans",
  method: "GET",
  path: "/v1/plans",
  summary:
    "Plans that cover the caller's jurisdiction or lie within it; for department accounts, plans that give their department tasks",
  tags: ["targets"],
  access: READERS,
  response: z.object({ items: z.array(planSummarySchema) }),
});

export const getPlan = defineRoute({
  id: "targets.getPlan",
  method: "GET",
  path: "/v1/plans/:id",
  summary: "A plan: headline goals and its target tables (rows: regions within the caller's jurisdiction)",
  tags: ["targets"],
  access: READERS,
  params: idParams,
  response: planSchema,
});

export const getPlanTasks = defineRoute({
  id: "targets.planTasks",
  method: "GET",
  path: "/v1/plans/:id/tasks",
  summary: "Department and region tasks with their figures, and the plan's campaigns",
  tags: ["targets"],
  access: READERS,
  params: idParams,
  response: planTasksSchema,
});

export const rankedSchema = z.object({
  region: named,
  /** 1 is first; ties share a rank. Null when an actual value is missing. */
  rank: z.number().int().nullable(),
  /** Ahead (+) or behind (−) of 序时进度 as a share; overall, the weighted mean. */
  score: z.number().nullable(),
  missing: z.array(z.string()),
});

export const progressCellSchema = z.object({
  indicator: z.string(),
  target: targetCellSchema,
  actual: z
    .object({
      /** In the indicator's unit; counts cumulative from the start of the year. */
      value: z.number(),
      source: z.enum(["computed", "reported"]),
      /** The report period it comes from; null for values computed from records. */
      period: z.string().nullable(),
      asOf: z.string(),
    })
    .nullable(),
  /**
   * For a reported indicator the platform sees part of (hires confirmed on it for 城镇新增就业, 失业人员再就业,
   * 就业困难人员实现就业): its own count this year through `asOf`, shown beside the report; null otherwise.
   */
  platform: z.object({ value: z.number().int(), asOf: z.string() }).nullable(),
  /** actual ÷ target for counts; null for rates and without an actual value. */
  completion: z.number().nullable(),
  /** 序时进度 at the actual value's date. */
  timeProgress: z.number().nullable(),
  gap: z.number().nullable(),
  met: z.boolean().nullable(),
  light: z.enum(LIGHTS).nullable(),
});

export const planProgressSchema = z.object({
  plan: planSummarySchema,
  on: z.string(),
  /** 序时进度 of the plan's year on `on`. */
  timeProgress: z.number(),
  indicators: z.array(indicatorSchema),
  rows: z.array(
    z.object({
      region: named,
      label: z.string(),
      total: z.boolean(),
      /** One per indicator of `indicators`; null where the region has no target (a `/` target is `applicable: false`). */
      cells: z.array(progressCellSchema.nullable()),
    }),
  ),
  /** Ranks among all the plan's counties; the entries shown are those within the caller's jurisdiction. */
  rankings: z.object({
    overall: z.array(rankedSchema),
    indicators: z.array(z.object({ indicator: z.string(), items: z.array(rankedSchema) })),
  }),
});

export const getPlanProgress = defineRoute({
  id: "targets.progress",
  method: "GET",
  path: "/v1/plans/:id/progress",
  summary:
    "Per region and indicator on a date: target, actual, completion, 序时进度 and light; rankings per indicator and overall",
  tags: ["targets"],
  access: READERS,
  params: idParams,
  query: z.object({ on: isoDate.optional() }),
  response: planProgressSchema,
});

export const savePlanWeights = defineRoute({
  id: "targets.saveWeights",
  method: "PUT",
  path: "/v1/plans/:id/weights",
  summary: "Set the overall ranking's weight per indicator (0 leaves one out) and the yellow margin",
  tags: ["targets"],
  access: ["admin", "leadership"],
  params: idParams,
  body: z.object({
    weights: z.record(z.string(), z.number().min(0).max(100)),
    marginPoints: z.number().min(0).max(100).optional(),
  }),
  response: z.object({ plan: planSummarySchema }),
});

export const exportPlan = defineRoute({
  id: "targets.exportPlan",
  method: "GET",
  path: "/v1/plans/:id/export.xlsx",
  summary:
    "The plan's target tables as .xlsx, laid out as governments write them (title, unit line, two-row header, 合计); re-imports identically",
  tags: ["targets"],
  access: READERS,
  download: true,
  params: idParams,
  response: z.unknown(),
});

export const reportSchema = z.object({
  id: z.string(),
  planId: z.string(),
  period: z.string(),
  reporter: z.object({
    kind: z.enum(["region", "department"]),
    /** Region code or department id. */
    id: z.string(),
    name: z.string(),
  }),
  deadline: z.string(),
  status: z.enum(REPORT_STATUSES),
  note: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** Submitted after its deadline. */
  late: z.boolean(),
  values: z.array(
    z.object({ indicator: z.string(), value: z.number(), source: z.enum(["computed", "reported"]) }),
  ),
  events: z.array(
    z.object({
      at: z.string(),
      actorName: z.string().nullable(),
      from: z.enum(REPORT_STATUSES).nullable(),
      to: z.enum(REPORT_STATUSES),
      note: z.string().nullable(),
    }),
  ),
});
export type PlanReport = z.infer<typeof reportSchema>;

export const submitReport = defineRoute({
  id: "targets.submitReport",
  method: "POST",
  path: "/v1/plans/:id/reports",
  summary:
    "A county (monthly, due the 20th of the next month) or department (quarterly) reports its actual values, cumulative from the start of the year; `draft` keeps it unsent; a returned report is corrected by submitting again",
  tags: ["targets"],
  access: ["staff", "department"],
  successStatus: 201,
  params: idParams,
  body: z.object({
    period: reportPeriodSchema,
    /** The reporting region (default: the caller's); department accounts report for their department. */
    regionCode: regionCodeSchema.optional(),
    values: z
      .array(z.object({ indicator: z.string().min(1).max(60), value: z.number().min(0).max(1e9) }))
      .max(100),
    note: z.string().trim().max(1000).nullish(),
    draft: z.boolean().default(false),
  }),
  response: z.object({ report: reportSchema }),
});

export const reviewReport = defineRoute({
  id: "targets.reviewReport",
  method: "POST",
  path: "/v1/plans/:id/reports/:reportId/review",
  summary: "The plan's office approves a submitted report or returns it for correction with a reason",
  tags: ["targets"],
  access: ["staff", "leadership"],
  params: z.object({ id: z.uuid(), reportId: z.uuid() }),
  body: z.discriminatedUnion("action", [
    z.object({ action: z.literal("approve"), note: z.string().trim().max(1000).nullish() }),
    z.object({ action: z.literal("return"), note: z.string().trim().min(2).max(1000) }),
  ]),
  response: z.object({ report: reportSchema }),
});

export const listReports = defineRoute({
  id: "targets.listReports",
  method: "GET",
  path: "/v1/plans/:id/reports",
  summary:
    "Who owes a report for a period (counties for a month, departments for a quarter), within the caller's jurisdiction: each one's report, deadline, and whether it is late or missing",
  tags: ["targets"],
  access: READERS,
  params: idParams,
  query: z.object({ period: reportPeriodSchema }),
  response: z.object({
    period: z.string(),
    deadline: z.string(),
    today: z.string(),
    items: z.array(
      z.object({
        reporter: reportSchema.shape.reporter,
        deadline: z.string(),
        report: reportSchema.nullable(),
        /** Not submitted (or returned and not yet submitted again). */
        missing: z.boolean(),
        /** Submitted after the deadline, or missing after it. */
        late: z.boolean(),
      }),
    ),
  }),
});
