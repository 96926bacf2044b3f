import { z } from "zod";
import { todayInChina } from "../../lib/clock.ts";
import { defineTask } from "../../tasks/queue.ts";
import { loadRegionDirectory } from "../regions/regions.directory.ts";
import { findRankedPlansCovering } from "../targets/targets.repo.ts";
import { bulletinPeriod } from "./bulletins.periods.ts";
import { generatePlanBulletin } from "./bulletins.service.ts";

/** The bulletins of the week or month just ended, for every issued plan with counties to rank whose period it overlaps. */
export const planBulletinsTask = defineTask({
  name: "bulletins.generate",
  payload: z.object({ kind: z.enum(["weekly", "monthly"]) }).strict(),
  maxAttempts: 3,
  async perform({ kind }, { db, clock }) {
    const regions = await loadRegionDirectory(db);
    const { from, to } = bulletinPeriod(kind, todayInChina(clock.now()));
    for (const plan of await findRankedPlansCovering(db, from, to))
      await generatePlanBulletin({ db, clock, regions }, { plan, kind, generatedBy: null });
  },
});

export const BULLETIN_SCHEDULES = [
  // 周通报: Mondays 09:00 China time, for the week to Sunday.
  { name: "bulletins.weekly", cron: "0 1 * * 1", task: planBulletinsTask, payload: { kind: "weekly" } },
  // 月排名: the 21st, once the month's county reports were due on the 20th.
  { name: "bulletins.monthly", cron: "0 1 21 * *", task: planBulletinsTask, payload: { kind: "monthly" } },
] as const;
