import { z } from "zod";
import { todayInChina } from "../../lib/clock.ts";
import { defineTask } from "../../tasks/queue.ts";
import { expireStalePostings, insertEvents } from "./jobs.repo.ts";

/**
 * Daily: postings past their valid-until date, or no longer sent by their feed, become expired
 * (search already hides the former from that day on).
 */
export const expirePostingsTask = defineTask({
  name: "jobs.expirePostings",
  payload: z.object({}),
  async perform(_payload, { db, clock }) {
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const expired = await expireStalePostings(trx, todayInChina(now), now);
      await insertEvents(
        trx,
        expired.map((p) => ({
          posting_id: p.id,
          at: now,
          actor_id: null,
          actor_name: null,
          from_status: "published" as const,
          to_status: "expired" as const,
          note: "expired",
        })),
      );
    });
  },
});

export const JOB_SCHEDULES = [
  // 00:05 China Standard Time
  { name: "jobs.expirePostings.daily", cron: "5 16 * * *", task: expirePostingsTask, payload: {} },
] as const;
