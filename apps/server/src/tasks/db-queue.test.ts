import { setTimeout as sleep } from "node:timers/promises";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { connectDatabase, type DatabaseHandle } from "../db/connect.ts";
import type { Database } from "../db/types.ts";
import { fixedClock } from "../lib/clock.ts";
import { compileOnlyDb, sqlText } from "../testing/compile.ts";
import { openTestDatabase, testEngines } from "../testing/database.ts";
import { claimDueTasksQuery, createDbTaskQueue, insertTaskQuery, upsertScheduleQuery } from "./db-queue.ts";
import { defineTask } from "./queue.ts";

// What only the durable queue promises; the behaviour shared with the in-process queue is in queue.test.ts.

const NONE = { done: 0, retried: 0, failed: 0 };

describe.each(testEngines())("durable queue on %s", (engine) => {
  let handle: DatabaseHandle;
  let db: Kysely<Database>;
  const clock = fixedClock("2026-03-02T10:30:00Z");

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    db = handle.db;
  });
  afterAll(() => handle?.close());
  beforeEach(async () => {
    clock.set("2026-03-02T10:30:00Z");
    await db.deleteFrom("tasks").execute();
    await db.deleteFrom("task_schedules").execute();
  });

  const noted: number[] = [];
  const note = defineTask({
    name: "test.note",
    payload: z.object({ n: z.number().int() }),
    async perform({ n }) {
      // A real pause, so that the workers of two queues interleave.
      await sleep(1);
      noted.push(n);
    },
  });
  beforeEach(() => {
    noted.length = 0;
  });

  function gatedTask() {
    const began = Promise.withResolvers<void>();
    const gate = Promise.withResolvers<void>();
    let calls = 0;
    const def = defineTask({
      name: "test.gated",
      payload: z.object({}),
      async perform() {
        calls += 1;
        if (calls > 1) return;
        began.resolve();
        await gate.promise;
      },
    });
    return { def, began: began.promise, open: () => gate.resolve() };
  }

  const taskRow = () =>
    db
      .selectFrom("tasks")
      .select(["status", "attempts", "last_error", "locked_until"])
      .executeTakeFirstOrThrow();

  it("leaves no task behind when the transaction that enqueued it rolls back", async () => {
    const queue = createDbTaskQueue({ db, clock });
    await expect(
      db.transaction().execute(async (trx) => {
        await queue.enqueue(note, { n: 1 }, { db: trx });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.selectFrom("tasks").select("id").execute()).toEqual([]);
    await db.transaction().execute((trx) => queue.enqueue(note, { n: 2 }, { db: trx }));
    expect(await queue.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(noted).toEqual([2]);
  });

  it("fails an unknown task or a payload that no longer parses at once, saying why", async () => {
    const queue = createDbTaskQueue({ db, clock });
    queue.register(note);
    await db
      .insertInto("tasks")
      .values([
        { name: "test.removed", payload: "{}", run_at: clock.now(), max_attempts: 5 },
        { name: "test.note", payload: JSON.stringify({ n: "three" }), run_at: clock.now(), max_attempts: 5 },
      ])
      .execute();
    expect(await queue.runDue()).toEqual({ done: 0, retried: 0, failed: 2 });
    const rows = await db
      .selectFrom("tasks")
      .select(["name", "status", "attempts", "last_error"])
      .orderBy("name")
      .execute();
    expect(rows).toEqual([
      {
        name: "test.note",
        status: "failed",
        attempts: 1,
        last_error: expect.stringMatching(/^payload no longer matches task "test\.note": \$\.n: /),
      },
      {
        name: "test.removed",
        status: "failed",
        attempts: 1,
        last_error: 'unknown task "test.removed": no definition is registered',
      },
    ]);
  });

  it("never runs a task twice, nor fires a schedule twice, across two queue instances", async () => {
    // On a server the second instance has its own connections, as a second process would.
    const other =
      engine === "postgres"
        ? await connectDatabase({ url: process.env.DATABASE_URL, schema: handle.schema, poolSize: 4 })
        : undefined;
    try {
      const first = createDbTaskQueue({ db, clock });
      const second = createDbTaskQueue({ db: other?.db ?? db, clock });
      for (let n = 0; n < 40; n += 1) await first.enqueue(note, { n });
      await first.schedule("test.note.hourly", "0 * * * *", note, { n: -1 });
      await second.schedule("test.note.hourly", "0 * * * *", note, { n: -1 });
      clock.set("2026-03-02T11:00:00Z");
      const [a, b] = await Promise.all([first.runDue(), second.runDue()]);
      expect(a.done + b.done).toBe(41);
      expect(a.retried + a.failed + b.retried + b.failed).toBe(0);
      // Both took a share, so they did run side by side.
      expect(Math.min(a.done, b.done)).toBeGreaterThan(0);
      expect(noted.toSorted((x, y) => x - y)).toEqual([-1, ...Array.from({ length: 40 }, (_, n) => n)]);
    } finally {
      await other?.close();
    }
  });

  it("lets another worker reclaim a task whose lease expired, and ignores the worker that lost it", async () => {
    const stuck = createDbTaskQueue({ db, clock, leaseMs: 60_000 });
    const rescuer = createDbTaskQueue({ db, clock, leaseMs: 60_000 });
    const { def, began, open } = gatedTask();
    rescuer.register(def);
    await stuck.enqueue(def, {});
    const stuckRun = stuck.runDue();
    await began;
    expect(await rescuer.runDue()).toEqual(NONE);
    clock.advance(60_001);
    expect(await rescuer.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
    open();
    expect(await stuckRun).toEqual(NONE);
    expect(await taskRow()).toMatchObject({ status: "done", attempts: 2, locked_until: null });
  });

  it("renews the lease while a task runs", async () => {
    const busy = createDbTaskQueue({ db, clock, leaseMs: 30 });
    const other = createDbTaskQueue({ db, clock, leaseMs: 30 });
    const { def, began, open } = gatedTask();
    other.register(def);
    await busy.enqueue(def, {});
    const busyRun = busy.runDue();
    await began;
    clock.advance(3_600_000);
    await vi.waitFor(async () =>
      expect((await taskRow()).locked_until?.getTime()).toBe(clock.now().getTime() + 30),
    );
    expect(await other.runDue()).toEqual(NONE);
    open();
    expect(await busyRun).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(await taskRow()).toMatchObject({ status: "done", attempts: 1 });
  });
});

it("keeps the SQL of the durable queue's non-trivial queries in queries/db-queue.sql", async () => {
  const db = compileOnlyDb();
  const now = new Date("2026-03-02T10:30:00Z");
  const queries = [
    insertTaskQuery(db, { name: "t", payload: "{}", maxAttempts: 5, runAt: now, dedupeKey: "k" }),
    claimDueTasksQuery(db, { now, leaseMs: 60_000, limit: 4 }),
    upsertScheduleQuery(db, { name: "s", cron: "0 * * * *", taskName: "t", nextRunAt: now }),
  ];
  await expect(sqlText(queries)).toMatchFileSnapshot("queries/db-queue.sql");
});
