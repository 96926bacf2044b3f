import { z } from "zod";
import { defineTask } from "../../tasks/queue.ts";
import { purgeExpiredSessions } from "./auth.service.ts";

/** Deletes sessions past their expiry, so the table holds only live ones. */
export const purgeSessionsTask = defineTask({
  name: "auth.purgeExpiredSessions",
  payload: z.object({}),
  async perform(_payload, { db, clock }) {
    await purgeExpiredSessions({ db, clock });
  },
});

export const AUTH_SCHEDULES = [
  { name: "auth.purgeExpiredSessions.hourly", cron: "17 * * * *", task: purgeSessionsTask, payload: {} },
] as const;
