import type { Kysely } from "kysely";
import type { DatabaseKind } from "../db/connect.ts";
import type { Database } from "../db/types.ts";
import type { Clock } from "../lib/clock.ts";
import { createDbTaskQueue } from "./db-queue.ts";
import { createInProcessTaskQueue } from "./memory-queue.ts";
import type { TaskQueue } from "./queue.ts";

/**
 * The durable queue on a PostgreSQL server, where several processes may share the work; the
 * in-process runner on embedded PGlite, whose one session should not be held by pollers.
 */
export function createTaskQueue(options: {
  dbKind: DatabaseKind;
  db: Kysely<Database>;
  clock: Clock;
}): TaskQueue {
  const { db, clock } = options;
  return options.dbKind === "postgres"
    ? createDbTaskQueue({ db, clock })
    : createInProcessTaskQueue({ db, clock });
}
