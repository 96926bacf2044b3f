import { z } from "zod";
import { defineTask, type TaskDefinition } from "../../tasks/queue.ts";
import { SEEKER_CHANNELS } from "../inbox/inbox.service.ts";
import { loadRegionDirectory } from "../regions/regions.directory.ts";
import { flushHeldPushes, runDailyPush } from "./push.daily.ts";

const dailyTasks = new Map<string, TaskDefinition<Record<string, never>>>();

/** Daily: new matches to every active seeker who wants them (see runDailyPush); the secret signs unsubscribe links. */
export function dailyPushTask(secret: string): TaskDefinition<Record<string, never>> {
  const known = dailyTasks.get(secret);
  if (known) return known;
  const task = defineTask({
    name: "push.daily",
    payload: z.object({}).strict(),
    // A retry skips whoever the failed attempt reached: nothing is sent twice.
    maxAttempts: 3,
    async perform(_payload, { db, clock }) {
      const regions = await loadRegionDirectory(db);
      await runDailyPush({ db, clock, regions, secret, channels: SEEKER_CHANNELS });
    },
  });
  dailyTasks.set(secret, task);
  return task;
}

/** Every 15 minutes: messages held through quiet hours that may now arrive. */
export const flushHeldPushesTask = defineTask({
  name: "push.flushHeld",
  payload: z.object({}).strict(),
  async perform(_payload, { db, clock }) {
    await flushHeldPushes({ db, clock, channels: SEEKER_CHANNELS });
  },
});

export function pushSchedules(secret: string) {
  return [
    // 09:30 China Standard Time: after the night's quiet hours, at the start of the working day
    { name: "push.daily.0930", cron: "30 1 * * *", task: dailyPushTask(secret), payload: {} },
    { name: "push.flushHeld.every15min", cron: "*/15 * * * *", task: flushHeldPushesTask, payload: {} },
  ] as const;
}
