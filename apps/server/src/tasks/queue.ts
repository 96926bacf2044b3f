import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "../db/types.ts";
import type { Clock } from "../lib/clock.ts";

/** What a task's `perform` receives besides its payload. */
export interface TaskDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** Enqueue follow-up work. */
  tasks: TaskQueue;
}

/**
 * Background work ("tasks"; "jobs" is a domain word here): a name, a zod payload, `perform`,
 * and retries with exponential backoff.
 */
export interface TaskDefinition<P = unknown> {
  name: string;
  payload: z.ZodType<P>;
  /** Attempts before the task is marked failed (default 5). */
  maxAttempts?: number;
  /** Delay before retry number `attempt` (1-based); default 2^attempt seconds, capped at one hour. */
  backoffMs?: (attempt: number) => number;
  perform(payload: P, deps: TaskDeps): Promise<void>;
}

export function defineTask<P>(def: TaskDefinition<P>): TaskDefinition<P> {
  return def;
}

export interface EnqueueOptions {
  /** Not before this time (default now). */
  runAt?: Date;
  /** At most one queued or running task with this key; a second enqueue is a no-op. */
  dedupeKey?: string;
  /** Enqueue inside this transaction (durable queue only), so the task exists only if it commits. */
  db?: Kysely<Database>;
}

export interface TaskRunSummary {
  done: number;
  retried: number;
  failed: number;
}

/** One interface; a durable Postgres-backed queue on a server, an in-process runner on PGlite. */
export interface TaskQueue {
  readonly kind: "postgres" | "in-process";
  /** Makes a definition known; enqueue and schedule register it too. */
  register<P>(def: TaskDefinition<P>): void;
  /** The payload is validated against the definition before it is stored. */
  enqueue<P>(def: TaskDefinition<P>, payload: P, options?: EnqueueOptions): Promise<void>;
  /** Runs `def` with `payload` on a 5-field cron expression (UTC); idempotent by `name`. */
  schedule<P>(name: string, cron: string, def: TaskDefinition<P>, payload: P): Promise<void>;
  /** Starts polling and the scheduler. */
  start(): void;
  /** Stops taking work and waits for running tasks. */
  stop(): Promise<void>;
  /** Runs every due task (and due schedule) now until none is left; for tests and the CLI. */
  runDue(): Promise<TaskRunSummary>;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

export function defaultBackoffMs(attempt: number): number {
  return Math.min(2 ** attempt * 1000, 3_600_000);
}
