import { ALERT_CODES } from "@jiuye/wages/alerts";
import { bundleSchema } from "@jiuye/wages/bundle";
import { z } from "zod";
import { defineRoute } from "./route.ts";

/**
 * Wage-payment monitoring of construction projects (保障农民工工资支付条例): the rule set's alerts
 * and the public dry run a contractor uses to check a bundle of its own facts.
 */

export const WAGE_SEVERITIES = ["red", "yellow"] as const;

export const wageAlertSchema = z.object({
  code: z.enum(ALERT_CODES),
  severity: z.enum(WAGE_SEVERITIES),
  /** `{}` for the project; otherwise the worker, month (`YYYY-MM`) or complaint. */
  subject: z.object({
    workerId: z.string().optional(),
    month: z.string().optional(),
    complaintId: z.string().optional(),
  }),
  basis: z.string(),
  message: z.string(),
});
export type WageAlert = z.infer<typeof wageAlertSchema>;

export const evaluateWages = defineRoute({
  id: "wages.evaluate",
  method: "POST",
  path: "/v1/wages/evaluate",
  summary:
    "Evaluate a project's bundle (roster, attendance, payroll, allocations, complaints) against rules WA01–WA18 as of its asOf date, without saving anything; a bundle that breaks the format is refused with every error and its JSON path",
  tags: ["wages"],
  access: "public",
  body: bundleSchema,
  response: z.object({ alerts: z.array(wageAlertSchema) }),
});

export const WAGE_ALERT_STATUSES = ["raised", "acknowledged", "disposed", "closed"] as const;
const HANDLERS = ["staff", "department", "leadership", "admin"] as const;
const alertIdParams = z.object({ id: z.uuid() });

export const storedAlertSchema = wageAlertSchema.extend({
  id: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  status: z.enum(WAGE_ALERT_STATUSES),
  /** Whether the last evaluation of the project found it still holding. */
  holds: z.boolean(),
  firstRaisedOn: z.string(),
  raisedOn: z.string(),
  /** The day to dispose it by (working days after raising, by severity). */
  deadline: z.string(),
  overdue: z.boolean(),
  timesRaised: z.number().int(),
  /** 0 with the county and the department; 1 and up once escalated to the levels above. */
  escalationLevel: z.number().int(),
  rulesetVersion: z.string(),
  /** What the caller may do with it now. */
  actions: z.array(z.enum(["acknowledge", "dispose", "close"])),
});
export type StoredWageAlert = z.infer<typeof storedAlertSchema>;

export const alertEventSchema = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  fromStatus: z.enum(WAGE_ALERT_STATUSES).nullable(),
  toStatus: z.enum(WAGE_ALERT_STATUSES),
  note: z.string().nullable(),
});

export const listWageAlerts = defineRoute({
  id: "wages.alerts.list",
  method: "GET",
  path: "/v1/wage-alerts",
  summary:
    "The caller's alert inbox: alerts of their department's projects, or of projects in their jurisdiction (with those escalated to them), newest deadline first",
  tags: ["wages"],
  access: HANDLERS,
  query: z.object({
    status: z.enum([...WAGE_ALERT_STATUSES, "open"]).optional(),
    projectId: z.uuid().optional(),
    overdue: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  }),
  response: z.object({ items: z.array(storedAlertSchema), total: z.number().int() }),
});

export const getWageAlert = defineRoute({
  id: "wages.alerts.get",
  method: "GET",
  path: "/v1/wage-alerts/:id",
  summary: "An alert with its history",
  tags: ["wages"],
  access: HANDLERS,
  params: alertIdParams,
  response: z.object({ alert: storedAlertSchema, events: z.array(alertEventSchema) }),
});

const transition = <B extends z.ZodType>(
  action: "acknowledge" | "dispose" | "close",
  summary: string,
  body: B,
) =>
  defineRoute({
    id: `wages.alerts.${action}`,
    method: "POST",
    path: `/v1/wage-alerts/:id/${action}`,
    summary,
    tags: ["wages"],
    access: HANDLERS,
    params: alertIdParams,
    body,
    response: z.object({ alert: storedAlertSchema }),
  });

export const acknowledgeWageAlert = transition(
  "acknowledge",
  "The sector department takes the alert on",
  z.object({ note: z.string().trim().max(1000).optional() }),
);
export const disposeWageAlert = transition(
  "dispose",
  "The sector department records the measures taken (and the evidence held)",
  z.object({
    measures: z.string().trim().min(4).max(4000),
    evidence: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  }),
);
export const closeWageAlert = transition(
  "close",
  "The county HR bureau verifies a disposal and closes the alert (it is re-raised if a later evaluation finds it holding)",
  z.object({ note: z.string().trim().max(1000).optional() }),
);

export const rateRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  raised: z.number().int(),
  disposed: z.number().int(),
  disposedOnTime: z.number().int(),
  /** disposed / raised, null when nothing was raised. */
  disposalRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
});

export const wageAlertRates = defineRoute({
  id: "wages.alerts.rates",
  method: "GET",
  path: "/v1/wage-alerts/rates",
  summary:
    "Disposal and on-time rates of alerts raised in a period, by department, county or month, against the target",
  tags: ["wages"],
  access: HANDLERS,
  query: z.object({
    by: z.enum(["department", "county", "month"]).default("county"),
    from: z.iso.date(),
    to: z.iso.date(),
  }),
  response: z.object({ target: z.number(), rows: z.array(rateRowSchema), total: rateRowSchema }),
});

export const evaluateProjectNow = defineRoute({
  id: "wages.projects.evaluate",
  method: "POST",
  path: "/v1/wage-projects/:id/evaluate",
  summary: "Evaluate a stored project now (the daily run does every project); returns what holds today",
  tags: ["wages"],
  access: ["staff", "department", "admin"],
  params: alertIdParams,
  body: z.object({}).default({}),
  response: z.object({ alerts: z.array(storedAlertSchema) }),
});
