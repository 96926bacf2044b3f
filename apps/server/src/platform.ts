import path from "node:path";
import type { Config } from "./config.ts";
import { connectDatabase, type DatabaseHandle } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import type { Deps } from "./http/context.ts";
import { type Clock, systemClock } from "./lib/clock.ts";
import { AUTH_SCHEDULES } from "./modules/auth/auth.tasks.ts";
import { BULLETIN_SCHEDULES } from "./modules/bulletins/bulletins.tasks.ts";
import { loadCatalogue } from "./modules/catalogue/catalogue.cache.ts";
import { loadCatalogues } from "./modules/catalogue/catalogue.seed.ts";
import { processImportTask } from "./modules/job-intake/job-intake.import.ts";
import { JOB_SCHEDULES } from "./modules/jobs/jobs.tasks.ts";
import { loadChangjiDepartments } from "./modules/organisations/organisations.seed.ts";
import { processPeopleImportTask } from "./modules/people/people.import.ts";
import { loadHardshipCategories } from "./modules/people/people.seed.ts";
import { pushSchedules } from "./modules/push/push.tasks.ts";
import { loadRegionDirectory } from "./modules/regions/regions.directory.ts";
import { loadReferenceRegions } from "./modules/regions/regions.seed.ts";
import { loadReferencePlans } from "./modules/targets/targets.seed.ts";
import { loadWorkingCalendar } from "./modules/wages/wages.seed.ts";
import { WAGE_SCHEDULES } from "./modules/wages/wages.tasks.ts";
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
      schema: config.databaseUrl ? config.databaseSchema : "public",
      dataDir: config.databaseUrl ? null : path.join(config.dataDir, "db"),
    }));
  try {
    await migrateToLatest(handle.db, handle.schema);
    await loadReferenceRegions(handle.db, clock);
    await loadChangjiDepartments(handle.db);
    await loadCatalogues(handle.db);
    await loadHardshipCategories(handle.db);
    await loadReferencePlans(handle.db, clock);
    await loadWorkingCalendar(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const regions = await loadRegionDirectory(handle.db);
  const catalogue = await loadCatalogue(handle.db);
  const tasks = createTaskQueue({ dbKind: handle.kind, db: handle.db, clock });
  const deps: Deps = {
    db: handle.db,
    dbKind: handle.kind,
    dbSchema: handle.schema,
    clock,
    config,
    tasks,
    regions,
    catalogue,
  };
  // Every process registers every task, so the durable queue can run any of them.
  tasks.register(processImportTask);
  tasks.register(processPeopleImportTask(config.secret));
  for (const s of [
    ...AUTH_SCHEDULES,
    ...JOB_SCHEDULES,
    ...pushSchedules(config.secret),
    ...BULLETIN_SCHEDULES,
    ...WAGE_SCHEDULES,
  ])
    await tasks.schedule(s.name, s.cron, s.task, s.payload);
  return {
    deps,
    async close() {
      await tasks.stop();
      await handle.close();
    },
  };
}
