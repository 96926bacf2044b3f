import { z } from "zod";
import { regionCodeSchema } from "./common.ts";
import { employmentStatusSchema } from "./people.ts";
import { defineRoute } from "./route.ts";

/**
 * Pushes: the daily push of new matches to registered seekers and staff pushes of hand-picked
 * postings to a group, with each person's own settings and a one-click unsubscribe link in every
 * message. Only people with a seeker account who have not turned pushes off are reached.
 */

/** A time of day in China time, `HH:MM`. */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time of day as HH:MM (00:00–23:59)");

export const pushSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Pushed postings a day at most (the daily push; staff pushes to a group are not capped). */
  dailyCap: z.number().int().min(1).max(20),
  /** No message arrives from quietStart to quietEnd (China time); one due then waits until quietEnd. Equal: none. */
  quietStart: timeOfDay,
  quietEnd: timeOfDay,
});
export type PushSettings = z.infer<typeof pushSettingsSchema>;

export const getPushSettings = defineRoute({
  id: "push.getSettings",
  method: "GET",
  path: "/v1/me/push-settings",
  summary: "One's own push settings (the defaults until changed)",
  tags: ["push"],
  access: ["seeker"],
  response: z.object({ settings: pushSettingsSchema }),
});

export const savePushSettings = defineRoute({
  id: "push.saveSettings",
  method: "PUT",
  path: "/v1/me/push-settings",
  summary: "Change one's own push settings",
  tags: ["push"],
  access: ["seeker"],
  body: pushSettingsSchema,
  response: z.object({ settings: pushSettingsSchema }),
});

export const unsubscribePush = defineRoute({
  id: "push.unsubscribe",
  method: "POST",
  path: "/v1/push/unsubscribe",
  summary: "Turn pushes off with the signed token of a message's unsubscribe link, without logging in",
  tags: ["push"],
  access: "public",
  body: z.object({ token: z.string().min(1).max(200) }),
  response: z.object({ ok: z.literal(true) }),
});

/** Who a staff push reaches: people registered in the region (and below) with every condition given. */
export const groupFilterSchema = z.object({
  regionCode: regionCodeSchema,
  status: employmentStatusSchema.optional(),
  graduateYear: z.number().int().min(1950).max(2100).optional(),
  registeredUnemployed: z.boolean().optional(),
  /** 就业困难人员 of any category the region defines. */
  hardship: z.boolean().optional(),
  disabled: z.boolean().optional(),
  veteran: z.boolean().optional(),
  ruralWorker: z.boolean().optional(),
  lowIncome: z.boolean().optional(),
});
export type GroupFilter = z.infer<typeof groupFilterSchema>;

export const pushToGroup = defineRoute({
  id: "push.sendGroup",
  method: "POST",
  path: "/v1/push/group",
  summary:
    "Push hand-picked published postings to a group in one's jurisdiction, or count whom it would reach (dry run); quiet hours and unsubscribes are respected, the daily cap is not",
  tags: ["push"],
  access: ["staff"],
  body: z.object({
    postingIds: z
      .array(z.uuid())
      .min(1)
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length, "each posting once"),
    filter: groupFilterSchema,
    dryRun: z.boolean().default(false),
  }),
  response: z.object({
    dryRun: z.boolean(),
    /** People the message reaches (or would): with an account, pushes on, and a posting not pushed to them before. */
    reached: z.number().int(),
    /** Of those, people in their quiet hours: their message waits until the hours end. */
    held: z.number().int(),
    /** People in the group who turned pushes off. */
    unsubscribed: z.number().int(),
  }),
});

export const PUSH_RUN_KINDS = ["daily", "group"] as const;

export const pushRunSchema = z.object({
  id: z.string(),
  kind: z.enum(PUSH_RUN_KINDS),
  /** China date whose daily cap the run counted against. */
  runOn: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** A staff push: the group's region, the filter and postings, and who sent it. */
  regionCode: z.string().nullable(),
  filter: groupFilterSchema.nullable(),
  postingIds: z.array(z.string()),
  createdByName: z.string().nullable(),
  peopleConsidered: z.number().int(),
  messagesSent: z.number().int(),
  messagesHeld: z.number().int(),
  postingsPushed: z.number().int(),
  skippedUnsubscribed: z.number().int(),
  skippedCapped: z.number().int(),
  skippedSentToday: z.number().int(),
});
export type PushRun = z.infer<typeof pushRunSchema>;

export const listPushRuns = defineRoute({
  id: "push.listRuns",
  method: "GET",
  path: "/v1/push/runs",
  summary:
    "Push runs, newest first, with their counts: every daily run (figures for the whole platform) and the staff pushes to groups in one's jurisdiction",
  tags: ["push"],
  access: ["staff", "admin"],
  query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) }),
  response: z.object({ items: z.array(pushRunSchema) }),
});
