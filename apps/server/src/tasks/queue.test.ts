import { setTimeout as sleep } from "node:timers/promises";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { DatabaseHandle, DatabaseKind } from "../db/connect.ts";
import type { Database } from "../db/types.ts";
import { type Clock, fixedClock } from "../lib/clock.ts";
import { openTestDatabase, testEngines } from "../testing/database.ts";
import { createTaskQueue } from "./create.ts";
import { createDbTaskQueue } from "./db-queue.ts";
import { createInProcessTaskQueue } from "./memory-queue.ts";
import { defineTask, type TaskQueue } from "./queue.ts";

// The behaviour both queues promise; what only the durable one can do is in db-queue.test.ts.

interface Failure {
  attempts: number;
  error: string | null;
}

interface Harness {
  queue: TaskQueue;
  /** The task of that name that failed for good, if any. */
  failure(name: string): Promise<Failure | undefined>;
}

interface Implementation {
  label: string;
  engine: DatabaseKind;
  make(deps: { db: Kysely<Database>; clock: Clock; pollMs?: number }): Harness;
}

const durable = (engine: DatabaseKind): Implementation => ({
  label: `durable queue on ${engine}`,
  engine,
  make: (deps) => ({
    queue: createDbTaskQueue(deps),
    failure: (name) =>
      deps.db
        .selectFrom("tasks")
        .select(["attempts", "last_error as error"])
        .where("name", "=", name)
        .where("status", "=", "failed")
        .executeTakeFirst(),
  }),
});

const inProcess: Implementation = {
  label: "in-process queue on pglite",
  engine: "pglite",
  make: (deps) => {
    const queue = createInProcessTaskQueue(deps);
    return {
      queue,
      failure: async (name) => {
        const found = queue.failures().find((f) => f.name === name);
        return found && { attempts: found.attempts, error: found.error };
      },
    };
  },
};

const NONE = { done: 0, retried: 0, failed: 0 };

// Opening PGlite takes seconds: both implementations share one database per engine.
const databases = new Map<DatabaseKind, Promise<DatabaseHandle>>();
function database(engine: DatabaseKind): Promise<DatabaseHandle> {
  let handle = databases.get(engine);
  if (!handle) {
    handle = openTestDatabase(engine);
    databases.set(engine, handle);
  }
  return handle;
}
// A database that failed to open has already failed its tests; closing the others is what matters here.
afterAll(() => Promise.allSettled([...databases.values()].map(async (handle) => (await handle).close())));

it("createTaskQueue picks the durable queue for a server and the in-process one for PGlite", async () => {
  const { db } = await database("pglite");
  const clock = fixedClock("2026-03-02T10:30:00Z");
  expect(createTaskQueue({ dbKind: "postgres", db, clock }).kind).toBe("postgres");
  expect(createTaskQueue({ dbKind: "pglite", db, clock }).kind).toBe("in-process");
});

describe.each([...testEngines().map(durable), inProcess])("$label", (impl) => {
  let db: Kysely<Database>;
  const clock = fixedClock("2026-03-02T10:30:00Z");

  beforeAll(async () => {
    db = (await database(impl.engine)).db;
  });
  beforeEach(async () => {
    clock.set("2026-03-02T10:30:00Z");
    await db.deleteFrom("tasks").execute();
    await db.deleteFrom("task_schedules").execute();
    await db.deleteFrom("regions").execute();
  });

  const addRegion = defineTask({
    name: "test.addRegion",
    payload: z.object({ code: z.string().regex(/^\d{6}$/), name: z.string() }),
    async perform({ code, name }, deps) {
      await deps.db
        .insertInto("regions")
        .values({
          code,
          name,
          level: 1,
          parent_code: null,
          kind: "gb2260",
          path: code,
          updated_at: deps.clock.now(),
        })
        .execute();
    },
  });

  it("runs a task, and the follow-up it enqueues, with their effects visible", async () => {
    const { queue } = impl.make({ db, clock });
    const addTwo = defineTask({
      name: "test.addTwo",
      payload: z.object({}),
      async perform(_payload, deps) {
        await addRegion.perform({ code: "650000", name: "新疆维吾尔自治区" }, deps);
        await deps.tasks.enqueue(addRegion, { code: "652300", name: "昌吉回族自治州" });
      },
    });
    await queue.enqueue(addTwo, {});
    expect(await queue.runDue()).toEqual({ done: 2, retried: 0, failed: 0 });
    const codes = await db.selectFrom("regions").select("code").orderBy("code").execute();
    expect(codes.map((r) => r.code)).toEqual(["650000", "652300"]);
    expect(await queue.runDue()).toEqual(NONE);
  });

  it("refuses a payload that fails validation at enqueue, naming the field", async () => {
    const { queue } = impl.make({ db, clock });
    await expect(queue.enqueue(addRegion, { code: "65", name: "x" })).rejects.toThrow(
      /invalid payload for task "test\.addRegion": \$\.code: /,
    );
    const dated = defineTask({
      name: "test.dated",
      payload: z.object({ at: z.date() }),
      perform: async () => {},
    });
    await expect(queue.enqueue(dated, { at: clock.now() })).rejects.toThrow(
      /does not survive storage as JSON/,
    );
    expect(await queue.runDue()).toEqual(NONE);
  });

  it("waits out a growing backoff between attempts and keeps the last error once it fails", async () => {
    const { queue, failure } = impl.make({ db, clock });
    let calls = 0;
    const flaky = defineTask({
      name: "test.flaky",
      payload: z.object({}),
      maxAttempts: 3,
      async perform() {
        calls += 1;
        throw new Error(`boom ${calls}`);
      },
    });
    await queue.enqueue(flaky, {});
    expect(await queue.runDue()).toEqual({ done: 0, retried: 1, failed: 0 });
    clock.advance(1_999);
    expect(await queue.runDue()).toEqual(NONE);
    clock.advance(1);
    expect(await queue.runDue()).toEqual({ done: 0, retried: 1, failed: 0 });
    clock.advance(3_999);
    expect(await queue.runDue()).toEqual(NONE);
    clock.advance(1);
    expect(await queue.runDue()).toEqual({ done: 0, retried: 0, failed: 1 });
    expect(calls).toBe(3);
    expect(await failure("test.flaky")).toEqual({ attempts: 3, error: "boom 3" });
    clock.advance(3_600_000);
    expect(await queue.runDue()).toEqual(NONE);
  });

  it("makes a second enqueue with a pending task's dedupeKey a no-op", async () => {
    const { queue } = impl.make({ db, clock });
    await queue.enqueue(addRegion, { code: "650000", name: "新疆" }, { dedupeKey: "region:650000" });
    await queue.enqueue(addRegion, { code: "650000", name: "新疆" }, { dedupeKey: "region:650000" });
    expect(await queue.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
    // Once done, the key is free again.
    await db.deleteFrom("regions").execute();
    await queue.enqueue(addRegion, { code: "650000", name: "新疆" }, { dedupeKey: "region:650000" });
    expect(await queue.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
  });

  it("does not run a task before its runAt", async () => {
    const { queue } = impl.make({ db, clock });
    await queue.enqueue(
      addRegion,
      { code: "650000", name: "新疆" },
      { runAt: new Date("2026-03-02T12:00:00Z") },
    );
    expect(await queue.runDue()).toEqual(NONE);
    clock.set("2026-03-02T12:00:00Z");
    expect(await queue.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
  });

  it("fires a schedule once per due time", async () => {
    const { queue } = impl.make({ db, clock });
    const firedAt: string[] = [];
    const tick = defineTask({
      name: "test.tick",
      payload: z.object({ label: z.string() }),
      async perform({ label }, deps) {
        firedAt.push(`${label}@${deps.clock.now().toISOString()}`);
      },
    });
    await queue.schedule("test.tick.hourly", "0 * * * *", tick, { label: "hourly" });
    expect(await queue.runDue()).toEqual(NONE);
    clock.set("2026-03-02T11:00:00Z");
    expect(await queue.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(await queue.runDue()).toEqual(NONE);
    clock.set("2026-03-02T11:59:59Z");
    expect(await queue.runDue()).toEqual(NONE);
    // Long past the next due time: one run, not one per missed hour.
    clock.set("2026-03-02T14:00:30Z");
    expect(await queue.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(await queue.runDue()).toEqual(NONE);
    expect(firedAt).toEqual(["hourly@2026-03-02T11:00:00.000Z", "hourly@2026-03-02T14:00:30.000Z"]);
  });

  it("keeps a schedule's due time when re-scheduled, and recomputes it when the cron changes", async () => {
    const { queue } = impl.make({ db, clock });
    let runs = 0;
    const tick = defineTask({
      name: "test.tick",
      payload: z.object({}),
      async perform() {
        runs += 1;
      },
    });
    await queue.schedule("test.tick", "0 * * * *", tick, {});
    clock.set("2026-03-02T10:45:00Z");
    await queue.schedule("test.tick", "0 * * * *", tick, {});
    clock.set("2026-03-02T11:00:00Z");
    expect(await queue.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
    await queue.schedule("test.tick", "30 * * * *", tick, {});
    clock.set("2026-03-02T11:29:00Z");
    expect(await queue.runDue()).toEqual(NONE);
    clock.set("2026-03-02T11:30:00Z");
    expect(await queue.runDue()).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(runs).toBe(2);
    await expect(queue.schedule("test.bad", "61 * * * *", tick, {})).rejects.toThrow(
      /invalid cron expression/,
    );
  });

  it("runs tasks in the background once started, and stop() waits for the running one", async () => {
    const { queue } = impl.make({ db, clock, pollMs: 5 });
    const began = Promise.withResolvers<void>();
    const gate = Promise.withResolvers<void>();
    let finished = false;
    const slow = defineTask({
      name: "test.slow",
      payload: z.object({}),
      async perform() {
        began.resolve();
        await gate.promise;
        finished = true;
      },
    });
    queue.start();
    try {
      await queue.enqueue(slow, {});
      await began.promise;
    } finally {
      let stopped = false;
      const stopping = queue.stop().then(() => {
        stopped = true;
      });
      await sleep(20);
      expect(stopped).toBe(false);
      gate.resolve();
      await stopping;
    }
    expect(finished).toBe(true);
    await queue.enqueue(addRegion, { code: "650000", name: "新疆" });
    await sleep(30);
    expect(await db.selectFrom("regions").select("code").execute()).toEqual([]);
  });
});
