import type { Kysely } from "kysely";
import type { Database } from "../db/types.ts";
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

export interface InProcessTaskQueueOptions {
  db: Kysely<Database>;
  clock: Clock;
  /** Milliseconds between polls once started (default 1000). */
  pollMs?: number;
  /** Errors of the runner itself; a task's own errors go to `failures()`. Default `console.error`. */
  onError?: (error: unknown) => void;
}

/** A task that ran out of attempts; the in-process queue has no table to keep it in. */
export interface TaskFailure {
  name: string;
  attempts: number;
  error: string;
  failedAt: Date;
}

export interface InProcessTaskQueue extends TaskQueue {
  /** The most recent tasks that failed for good, newest last. */
  failures(): readonly TaskFailure[];
}

interface PendingTask {
  name: string;
  /** JSON text, as the durable queue stores it. */
  payload: string;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  dedupeKey: string | null;
  running: boolean;
}

const KEPT_FAILURES = 100;

/**
 * The queue for the embedded PGlite database: tasks live in memory and run one at a time, since
 * PGlite has a single session that the HTTP requests need too. Tasks pending at shutdown are lost,
 * a schedule due while the process is down is skipped, and an enqueue inside a transaction is not
 * undone by its rollback.
 */
export function createInProcessTaskQueue(options: InProcessTaskQueueOptions): InProcessTaskQueue {
  const { db, clock } = options;
  const pollMs = options.pollMs ?? 1000;
  const onError = options.onError ?? ((error: unknown) => console.error("task queue:", error));
  const registry = createTaskRegistry();
  const pending: PendingTask[] = [];
  const failures: TaskFailure[] = [];
  const schedules = new Map<
    string,
    { cron: string; def: StoredTaskDefinition; payload: string; nextRunAt: Date }
  >();
  let turn: Promise<unknown> = Promise.resolve();
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;

  function add(task: Omit<PendingTask, "attempts" | "running">): void {
    // Like the durable queue's partial unique index: a key is taken while its task is queued or running.
    if (task.dedupeKey !== null && pending.some((p) => p.dedupeKey === task.dedupeKey)) return;
    pending.push({ ...task, attempts: 0, running: false });
  }

  function fireDueSchedules(now: Date): void {
    for (const [name, schedule] of schedules) {
      if (schedule.nextRunAt > now) continue;
      const dueAt = schedule.nextRunAt;
      schedule.nextRunAt = nextRunAfter(schedule.cron, now);
      add({
        name: schedule.def.name,
        payload: schedule.payload,
        runAt: now,
        maxAttempts: maxAttemptsOf(schedule.def),
        dedupeKey: scheduleDedupeKey(name, dueAt),
      });
    }
  }

  function settle(task: PendingTask, outcome: AttemptOutcome): void {
    if (outcome.kind === "retried") {
      task.running = false;
      task.runAt = outcome.runAt;
      return;
    }
    pending.splice(pending.indexOf(task), 1);
    if (outcome.kind === "failed") {
      failures.push({
        name: task.name,
        attempts: task.attempts,
        error: outcome.error,
        failedAt: clock.now(),
      });
      if (failures.length > KEPT_FAILURES) failures.shift();
    }
  }

  /** Runs the earliest due task, if any; undefined when nothing is due. */
  async function runNext(): Promise<AttemptOutcome["kind"] | undefined> {
    const now = clock.now();
    fireDueSchedules(now);
    // `pending` is in enqueue order, so among tasks due at the same time the first enqueued wins.
    let task: PendingTask | undefined;
    for (const candidate of pending) {
      if (candidate.running || candidate.runAt > now) continue;
      if (!task || candidate.runAt < task.runAt) task = candidate;
    }
    if (!task) return undefined;
    task.running = true;
    task.attempts += 1;
    const outcome = await performAttempt({
      def: registry.get(task.name),
      name: task.name,
      payload: JSON.parse(task.payload),
      attempt: task.attempts,
      maxAttempts: task.maxAttempts,
      deps: { db, clock, tasks: queue },
    });
    settle(task, outcome);
    return outcome.kind;
  }

  /** One task at a time, whether the timer or `runDue()` asks. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = turn.then(work);
    turn = result.catch(() => undefined);
    return result;
  }

  function tick(): void {
    timer = undefined;
    ticking = exclusive(runNext).then(
      (kind) => {
        ticking = undefined;
        // Between two due tasks, yield to the event loop only; HTTP requests get their turn.
        plan(kind === undefined ? pollMs : 0);
      },
      (error: unknown) => {
        ticking = undefined;
        onError(error);
        plan(pollMs);
      },
    );
  }

  function plan(delayMs: number): void {
    if (!started || timer) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  }

  const queue: InProcessTaskQueue = {
    kind: "in-process",
    register(def) {
      registry.register(def);
    },
    async enqueue(def, payload, enqueueOptions = {}) {
      registry.register(def);
      add({
        name: def.name,
        payload: preparePayload(def, payload),
        runAt: enqueueOptions.runAt ?? clock.now(),
        maxAttempts: maxAttemptsOf(def),
        dedupeKey: enqueueOptions.dedupeKey ?? null,
      });
    },
    async schedule(name, cron, def, payload) {
      registry.register(def);
      const prepared = preparePayload(def, payload);
      const known = schedules.get(name);
      const nextRunAt = known?.cron === cron ? known.nextRunAt : nextRunAfter(cron, clock.now());
      schedules.set(name, { cron, def, payload: prepared, nextRunAt });
    },
    start() {
      if (started) return;
      started = true;
      plan(0);
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      timer = undefined;
      await ticking;
    },
    async runDue() {
      const summary = emptySummary();
      for (let kind = await exclusive(runNext); kind; kind = await exclusive(runNext)) summary[kind] += 1;
      return summary;
    },
    failures: () => [...failures],
  };
  return queue;
}
