import path from "node:path";
import type { Config } from "./config.ts";
import { connectDatabase, type DatabaseHandle } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import type { Deps } from "./http/context.ts";
import { type Clock, systemClock } from "./lib/clock.ts";
import { AUTH_SCHEDULES } from "./modules/auth/auth.tasks.ts";
import { loadChangjiDepartments } from "./modules/organisations/organisations.seed.ts";
import { loadRegionDirectory } from "./modules/regions/regions.directory.ts";
import { loadReferenceRegions } from "./modules/regions/regions.seed.ts";
import { createTaskQueue } from "./tasks/create.ts";

export interface Platform {
  deps: Deps;
  close(): Promise<void>;
}

/**
 * Opens the database (PGlite in DATA_DIR/db, or the PostgreSQL server of DATABASE_URL), applies
 * migrations, loads reference data once, and wires the dependencies every module receives.
 */
export async function openPlatform(
  config: Config,
  options: { clock?: Clock; database?: DatabaseHandle } = {},
): Promise<Platform> {
  const clock = options.clock ?? systemClock;
  const handle =
    options.database ??
    (await connectDatabase({
      url: config.databaseUrl,
      dataDir: config.databaseUrl ? null : path.join(config.dataDir, "db"),
    }));
  try {
    await migrateToLatest(handle.db, handle.schema);
    await loadReferenceRegions(handle.db, clock);
    await loadChangjiDepartments(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const regions = await loadRegionDirectory(handle.db);
  const tasks = createTaskQueue({ dbKind: handle.kind, db: handle.db, clock });
  for (const s of AUTH_SCHEDULES) await tasks.schedule(s.name, s.cron, s.task, s.payload);
  const deps: Deps = {
    db: handle.db,
    dbKind: handle.kind,
    dbSchema: handle.schema,
    clock,
    config,
    tasks,
    regions,
  };
  return {
    deps,
    async close() {
      await tasks.stop();
      await handle.close();
    },
  };
}
