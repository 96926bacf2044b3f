import { z } from "zod";
import { todayInChina } from "../../lib/clock.ts";
import { defineTask } from "../../tasks/queue.ts";
import { escalateOverdue } from "./wages.alerts.repo.ts";
import { evaluateStoredProjects } from "./wages.evaluation.ts";

/** Every project evaluated as of today, then open alerts past their deadline escalated. */
export const evaluateWagesTask = defineTask({
  name: "wages.evaluate",
  payload: z.object({}).strict(),
  maxAttempts: 3,
  async perform(_payload, { db, clock }) {
    await evaluateStoredProjects({ db, clock });
    await escalateOverdue(db, todayInChina(clock.now()));
  },
});

export const WAGE_SCHEDULES = [
  // 02:00 China time, after the day's uploads.
  { name: "wages.daily", cron: "0 18 * * *", task: evaluateWagesTask, payload: {} },
] as const;
