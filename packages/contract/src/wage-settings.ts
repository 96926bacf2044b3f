import { parametersSchema } from "@jiuye/wages/parameters";
import { z } from "zod";
import { isoDateTime, regionCodeSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

/**
 * What administrators maintain for wage-payment monitoring: rule parameters per region from a day on
 * (minimum wage, deposit tiers, limits, working days to dispose an alert) and the working calendar.
 */

const isoDate = z.iso.date();

export const handlingParametersSchema = parametersSchema.extend({
  /** Working days the sector department has to dispose an alert, by severity. */
  disposalWorkingDays: z
    .object({ red: z.number().int().min(1).max(60), yellow: z.number().int().min(1).max(60) })
    .partial()
    .optional(),
});

export const parameterRowSchema = z.object({
  id: z.string(),
  /** null: the whole platform; a region overrides it below. */
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  effectiveFrom: z.string(),
  parameters: handlingParametersSchema,
  createdAt: isoDateTime,
});

export const listWageParameters = defineRoute({
  id: "wages.parameters.list",
  method: "GET",
  path: "/v1/wage-parameters",
  summary:
    "Rule parameters in force from each day, for the platform and the regions within reach, with the defaults",
  tags: ["wages"],
  access: ["staff", "leadership", "admin"],
  response: z.object({
    defaults: handlingParametersSchema,
    items: z.array(parameterRowSchema),
  }),
});

export const setWageParameters = defineRoute({
  id: "wages.parameters.set",
  method: "POST",
  path: "/v1/wage-parameters",
  summary:
    "Set rule parameters for a region (or, for the region's top administrators, the platform) from a day on; keys left out inherit from above or the defaults",
  tags: ["wages"],
  access: ["admin"],
  body: z.object({
    regionCode: regionCodeSchema.nullable(),
    effectiveFrom: isoDate,
    parameters: handlingParametersSchema,
  }),
  response: z.object({ item: parameterRowSchema }),
});

export const CALENDAR_KINDS = ["holiday", "workday"] as const;
export const calendarDaySchema = z.object({
  day: z.string(),
  kind: z.enum(CALENDAR_KINDS),
  name: z.string().nullable(),
});

export const listWorkingCalendar = defineRoute({
  id: "wages.calendar.list",
  method: "GET",
  path: "/v1/working-calendar",
  summary: "Days of a year that differ from Monday–Friday: holidays, and weekend days made working days",
  tags: ["wages"],
  access: ["staff", "department", "leadership", "admin"],
  query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
  response: z.object({ items: z.array(calendarDaySchema) }),
});

export const setCalendarDay = defineRoute({
  id: "wages.calendar.set",
  method: "PUT",
  path: "/v1/working-calendar/:day",
  summary: "Mark a day a holiday or a working day (the autonomous region's administrators)",
  tags: ["wages"],
  access: ["admin"],
  params: z.object({ day: isoDate }),
  body: z.object({ kind: z.enum(CALENDAR_KINDS), name: z.string().trim().max(50).nullable().default(null) }),
  response: z.object({ item: calendarDaySchema }),
});

export const clearCalendarDay = defineRoute({
  id: "wages.calendar.clear",
  method: "DELETE",
  path: "/v1/working-calendar/:day",
  summary: "Return a day to the Monday–Friday rule",
  tags: ["wages"],
  access: ["admin"],
  params: z.object({ day: isoDate }),
  response: z.object({ ok: z.literal(true) }),
});
