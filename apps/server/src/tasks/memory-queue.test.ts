import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { DatabaseHandle } from "../db/connect.ts";
import { fixedClock } from "../lib/clock.ts";
import { openTestDatabase } from "../testing/database.ts";
import { createInProcessTaskQueue } from "./memory-queue.ts";
import { defineTask } from "./queue.ts";

// What only the in-process queue promises; the behaviour shared with the durable queue is in queue.test.ts.

describe("in-process queue", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase("pglite");
  });
  afterAll(() => handle?.close());

  it("runs one task at a time, even when runDue() and the timer overlap", async () => {
    const clock = fixedClock("2026-03-02T10:30:00Z");
    const queue = createInProcessTaskQueue({ db: handle.db, clock, pollMs: 1 });
    let active = 0;
    let mostActive = 0;
    const done: number[] = [];
    const audit = defineTask({
      name: "test.audit",
      payload: z.object({ n: z.number() }),
      async perform({ n }, { db }) {
        active += 1;
        mostActive = Math.max(mostActive, active);
        await db
          .insertInto("audit_log")
          .values({ at: clock.now(), action: `test.${n}`, outcome: "ok", details: null })
          .execute();
        await sleep(2);
        done.push(n);
        active -= 1;
      },
    });
    for (let n = 0; n < 8; n += 1) await queue.enqueue(audit, { n });
    queue.start();
    try {
      const summary = await queue.runDue();
      expect(summary.retried + summary.failed).toBe(0);
    } finally {
      await queue.stop();
    }
    expect(mostActive).toBe(1);
    // First in, first out among tasks due at the same time.
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const rows = await handle.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "like", "test.%")
      .execute();
    expect(rows).toHaveLength(8);
  });

  it("keeps the tasks that failed for good, newest last", async () => {
    const clock = fixedClock("2026-03-02T10:30:00Z");
    const queue = createInProcessTaskQueue({ db: handle.db, clock });
    const doomed = defineTask({
      name: "test.doomed",
      payload: z.object({ n: z.number() }),
      maxAttempts: 1,
      async perform({ n }) {
        throw new Error(`no ${n}`);
      },
    });
    for (let n = 0; n < 3; n += 1) await queue.enqueue(doomed, { n });
    expect(await queue.runDue()).toEqual({ done: 0, retried: 0, failed: 3 });
    expect(queue.failures().map((f) => f.error)).toEqual(["no 0", "no 1", "no 2"]);
    expect(queue.failures()[0]).toEqual({
      name: "test.doomed",
      attempts: 1,
      error: "no 0",
      failedAt: clock.now(),
    });
  });
});
