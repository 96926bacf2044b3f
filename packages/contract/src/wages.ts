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
