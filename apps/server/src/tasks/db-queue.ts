import { type Kysely, type Selectable, sql } from "kysely";
import type { Database, TaskTable } from "../db/types.ts";
import type { Clock } from "../lib/clock.ts";
import type { TaskQueue } from "./queue.ts";
import {
  type AttemptOutcome,
  createTaskRegistry,
  emptySummary,
  maxAttemptsOf,
  nextRunAfter,
  performAttempt,
  preparePayload,
  type StoredTaskDefinition,
  scheduleDedupeKey,
} from "./shared.ts";

export interface DbTaskQueueOptions {
  db: Kysely<Database>;
  clock: Clock;
  /** Tasks this process performs at once (default 4). */
  concurrency?: number;
  /** Milliseconds between polls once started (default 1000). */
  pollMs?: number;
  /**
   * How long a claim holds before another worker may take the task over (default 5 minutes).
   * It is renewed while the task runs, so a task passes to another worker only when its worker
   * crashed or its event loop stalled.
   */
  leaseMs?: number;
  /** Errors of the poller itself; a task's own errors are kept in its row. Default `console.error`. */
  onError?: (error: unknown) => void;
}

type TaskRow = Selectable<TaskTable>;

interface NewTask {
  name: string;
  payload: string;
  maxAttempts: number;
  runAt: Date;
  dedupeKey: string | null;
}

/** The durable queue: tasks are rows in `tasks`, claimed with SKIP LOCKED by any number of processes. */
export function createDbTaskQueue(options: DbTaskQueueOptions): TaskQueue {
  const { db, clock } = options;
  const concurrency = options.concurrency ?? 4;
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const onError = options.onError ?? ((error: unknown) => console.error("task queue:", error));
  const registry = createTaskRegistry();
  // The schedule's row holds no payload: each process brings it in code, as `schedule()` is called.
  const schedules = new Map<string, { def: StoredTaskDefinition; payload: string }>();
  const running = new Set<Promise<void>>();
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;

  function claim(limit: number): Promise<TaskRow[]> {
    return claimDueTasksQuery(db, { now: clock.now(), leaseMs, limit }).execute();
  }

  // Every write after the claim names the attempt it belongs to: once the lease has passed to
  // another worker (attempts went up), this worker's writes change nothing.
  function owned(row: TaskRow) {
    return db
      .updateTable("tasks")
      .where("id", "=", row.id)
      .where("status", "=", "running")
      .where("attempts", "=", row.attempts);
  }

  async function record(row: TaskRow, outcome: AttemptOutcome): Promise<boolean> {
    const now = clock.now();
    const update = owned(row);
    const result = await (outcome.kind === "done"
      ? update.set({ status: "done", finished_at: now, locked_until: null })
      : outcome.kind === "retried"
        ? update.set({
            status: "queued",
            run_at: outcome.runAt,
            last_error: outcome.error,
            locked_until: null,
          })
        : update.set({ status: "failed", finished_at: now, last_error: outcome.error, locked_until: null })
    ).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Performs a claimed task; undefined when its lease was lost to another worker meanwhile. */
  async function perform(row: TaskRow): Promise<AttemptOutcome["kind"] | undefined> {
    const heartbeat = setInterval(() => {
      owned(row)
        .set({ locked_until: new Date(clock.now().getTime() + leaseMs) })
        .execute()
        .catch(onError);
    }, leaseMs / 3);
    heartbeat.unref();
    let outcome: AttemptOutcome;
    try {
      outcome = await performAttempt({
        def: registry.get(row.name),
        name: row.name,
        payload: row.payload,
        attempt: row.attempts,
        maxAttempts: row.max_attempts,
        deps: { db, clock, tasks: queue },
      });
    } finally {
      clearInterval(heartbeat);
    }
    return (await record(row, outcome)) ? outcome.kind : undefined;
  }

  async function fireDueSchedules(): Promise<void> {
    if (schedules.size === 0) return;
    const now = clock.now();
    const due = await db
      .selectFrom("task_schedules")
      .select(["name", "cron", "next_run_at"])
      .where("name", "in", [...schedules.keys()])
      .where("next_run_at", "<=", now)
      .execute();
    for (const row of due) {
      const entry = schedules.get(row.name);
      if (!entry) continue;
      // Claiming the due time and enqueueing commit together, so a crash between them loses nothing;
      // the compare-and-set on next_run_at lets only one process fire each due time.
      await db.transaction().execute(async (trx) => {
        const claimed = await trx
          .updateTable("task_schedules")
          .set({ next_run_at: nextRunAfter(row.cron, now), last_run_at: now })
          .where("name", "=", row.name)
          .where("next_run_at", "=", row.next_run_at)
          .executeTakeFirst();
        if (claimed.numUpdatedRows === 0n) return;
        await insertTaskQuery(trx, {
          name: entry.def.name,
          payload: entry.payload,
          maxAttempts: maxAttemptsOf(entry.def),
          runAt: now,
          dedupeKey: scheduleDedupeKey(row.name, row.next_run_at),
        }).execute();
      });
    }
  }

  async function poll(): Promise<void> {
    try {
      await fireDueSchedules();
      const free = concurrency - running.size;
      if (free <= 0) return;
      for (const row of await claim(free)) {
        const task = perform(row).then(
          () => undefined,
          (error: unknown) => onError(error),
        );
        running.add(task);
        void task.finally(() => {
          running.delete(task);
          wake();
        });
      }
    } catch (error) {
      onError(error);
    }
  }

  function planPoll(delayMs: number): void {
    if (!started || timer || polling) return;
    timer = setTimeout(() => {
      timer = undefined;
      polling = poll().finally(() => {
        polling = undefined;
        planPoll(pollMs);
      });
    }, delayMs);
    timer.unref();
  }

  /** A finished task frees a slot: look for more work now rather than at the next poll. */
  function wake(): void {
    if (!timer) return;
    clearTimeout(timer);
    timer = undefined;
    planPoll(0);
  }

  const queue: TaskQueue = {
    kind: "postgres",
    register(def) {
      registry.register(def);
    },
    async enqueue(def, payload, enqueueOptions = {}) {
      registry.register(def);
      await insertTaskQuery(enqueueOptions.db ?? db, {
        name: def.name,
        payload: preparePayload(def, payload),
        maxAttempts: maxAttemptsOf(def),
        runAt: enqueueOptions.runAt ?? clock.now(),
        dedupeKey: enqueueOptions.dedupeKey ?? null,
      }).execute();
    },
    async schedule(name, cron, def, payload) {
      registry.register(def);
      const prepared = preparePayload(def, payload);
      await upsertScheduleQuery(db, {
        name,
        cron,
        taskName: def.name,
        nextRunAt: nextRunAfter(cron, clock.now()),
      }).execute();
      schedules.set(name, { def, payload: prepared });
    },
    start() {
      started = true;
      planPoll(0);
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      timer = undefined;
      await polling;
      await Promise.all(running);
    },
    async runDue() {
      const summary = emptySummary();
      for (;;) {
        await fireDueSchedules();
        const rows = await claim(concurrency);
        if (rows.length === 0) return summary;
        for (const kind of await Promise.all(rows.map(perform))) if (kind) summary[kind] += 1;
      }
    },
  };
  return queue;
}

// The queries below are exported so that their emitted SQL is kept in queries/db-queue.sql.

// PostgreSQL uses a partial index (the dedupe key's, the due tasks') only for a predicate it can
// prove when planning, and a generic plan has no parameter values: the predicate is literal SQL.
const PENDING = sql<boolean>`status in ('queued', 'running')`;

export function insertTaskQuery(db: Kysely<Database>, task: NewTask) {
  return (
    db
      .insertInto("tasks")
      .values({
        name: task.name,
        payload: task.payload,
        run_at: task.runAt,
        max_attempts: task.maxAttempts,
        dedupe_key: task.dedupeKey,
      })
      // PostgreSQL matches a partial index only to a predicate it can prove when planning, and a
      // generic plan has no parameter values: the predicate must be literal SQL.
      .onConflict((oc) =>
        oc.column("dedupe_key").where(sql<boolean>`status in ('queued', 'running')`).doNothing(),
      )
  );
}

/** Claims up to `limit` due tasks for this worker, skipping rows other workers are claiming. */
export function claimDueTasksQuery(
  db: Kysely<Database>,
  options: { now: Date; leaseMs: number; limit: number },
) {
  const { now } = options;
  return db
    .updateTable("tasks")
    .set((eb) => ({
      status: "running",
      attempts: eb("attempts", "+", 1),
      locked_until: new Date(now.getTime() + options.leaseMs),
    }))
    .where("id", "in", (eb) =>
      eb
        .selectFrom("tasks")
        .select("id")
        .where(PENDING)
        .where("run_at", "<=", now)
        // A running task whose lease ran out belongs to a worker that died or hung.
        .where((w) => w.or([w("status", "=", "queued"), w("locked_until", "<", now)]))
        .orderBy("run_at")
        .orderBy("id")
        .limit(options.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll();
}

export function upsertScheduleQuery(
  db: Kysely<Database>,
  schedule: { name: string; cron: string; taskName: string; nextRunAt: Date },
) {
  return db
    .insertInto("task_schedules")
    .values({
      name: schedule.name,
      cron: schedule.cron,
      task_name: schedule.taskName,
      next_run_at: schedule.nextRunAt,
    })
    .onConflict((oc) =>
      oc.column("name").doUpdateSet((eb) => ({
        cron: eb.ref("excluded.cron"),
        task_name: eb.ref("excluded.task_name"),
        // Only a changed cron moves the next run, so that a restart never skips a due run.
        next_run_at: eb
          .case()
          .when("task_schedules.cron", "=", eb.ref("excluded.cron"))
          .then(eb.ref("task_schedules.next_run_at"))
          .else(eb.ref("excluded.next_run_at"))
          .end(),
      })),
    );
}
