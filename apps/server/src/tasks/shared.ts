import { Cron } from "croner";
import type { z } from "zod";
import { AppError, jsonPath } from "../lib/errors.ts";
import {
  DEFAULT_MAX_ATTEMPTS,
  defaultBackoffMs,
  type TaskDefinition,
  type TaskDeps,
  type TaskRunSummary,
} from "./queue.ts";

/** Once stored, a task's payload type is only known again after its schema has parsed it. */
export type StoredTaskDefinition = TaskDefinition<unknown>;

/** The task definitions one process can perform, by name. */
export function createTaskRegistry() {
  const definitions = new Map<string, StoredTaskDefinition>();
  return {
    register(def: StoredTaskDefinition): void {
      const known = definitions.get(def.name);
      // Two definitions under one name would make a stored task run whichever registered last.
      if (known && known !== def) throw new Error(`two different task definitions are named "${def.name}"`);
      definitions.set(def.name, def);
    },
    get: (name: string): StoredTaskDefinition | undefined => definitions.get(name),
  };
}

export type TaskRegistry = ReturnType<typeof createTaskRegistry>;

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join("; ");
}

/**
 * Validates a payload for enqueue and returns it as JSON text. Both queues keep the JSON and parse
 * it again before `perform`, so a payload that works on the embedded database works on a server too.
 */
export function preparePayload<P>(def: TaskDefinition<P>, payload: P): string {
  const checked = def.payload.safeParse(payload);
  if (!checked.success) {
    throw new AppError(
      "INTERNAL",
      `invalid payload for task "${def.name}": ${describeIssues(checked.error)}`,
      {
        task: def.name,
        issues: checked.error.issues,
      },
    );
  }
  const json = JSON.stringify(payload) ?? "null";
  const reread = def.payload.safeParse(JSON.parse(json));
  if (!reread.success) {
    throw new AppError(
      "INTERNAL",
      `payload for task "${def.name}" does not survive storage as JSON: ${describeIssues(reread.error)}`,
      { task: def.name, issues: reread.error.issues },
    );
  }
  return json;
}

export function maxAttemptsOf<P>(def: TaskDefinition<P>): number {
  return def.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
}

/** What becomes of a task after one attempt; the kinds are the keys of `TaskRunSummary`. */
export type AttemptOutcome =
  | { kind: "done" }
  | { kind: "retried"; runAt: Date; error: string }
  | { kind: "failed"; error: string };

export interface AttemptOptions {
  /** Undefined when no definition of that name is registered in this process. */
  def: StoredTaskDefinition | undefined;
  name: string;
  payload: unknown;
  /** 1-based number of this attempt. */
  attempt: number;
  maxAttempts: number;
  deps: TaskDeps;
}

/** Performs one attempt and decides what happens next; never throws. */
export async function performAttempt(options: AttemptOptions): Promise<AttemptOutcome> {
  const { def, name, attempt, deps } = options;
  // Neither of these can get better by waiting, so they fail at once instead of being retried.
  if (!def) return { kind: "failed", error: `unknown task "${name}": no definition is registered` };
  const parsed = def.payload.safeParse(options.payload);
  if (!parsed.success) {
    return {
      kind: "failed",
      error: `payload no longer matches task "${name}": ${describeIssues(parsed.error)}`,
    };
  }
  try {
    await def.perform(parsed.data, deps);
    return { kind: "done" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (attempt >= options.maxAttempts) return { kind: "failed", error: message };
    const delay = (def.backoffMs ?? defaultBackoffMs)(attempt);
    return { kind: "retried", runAt: new Date(deps.clock.now().getTime() + delay), error: message };
  }
}

export function emptySummary(): TaskRunSummary {
  return { done: 0, retried: 0, failed: 0 };
}

/** The first time after `from` that a 5-field cron expression names, read in UTC. */
export function nextRunAfter(cron: string, from: Date): Date {
  let next: Date | null;
  try {
    next = new Cron(cron, { mode: "5-part", timezone: "UTC" }).nextRun(from);
  } catch (error) {
    throw new Error(`invalid cron expression "${cron}": ${error instanceof Error ? error.message : error}`);
  }
  if (!next) throw new Error(`cron expression "${cron}" never runs after ${from.toISOString()}`);
  return next;
}

/** One task per schedule and due time, however many processes see the schedule come due. */
export function scheduleDedupeKey(scheduleName: string, dueAt: Date): string {
  return `schedule:${scheduleName}:${dueAt.toISOString()}`;
}
