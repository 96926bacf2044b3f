import type { Migration } from "kysely/migration";
import * as foundation from "./2026_11_22_0001_foundation.ts";
import * as jobs from "./2026_11_22_0002_jobs.ts";

/** Every migration, in order. Forward-only: a landed migration is never edited; add a new one. */
export const migrations: Record<string, Migration> = {
  "2026_11_22_0001_foundation": foundation,
  "2026_11_22_0002_jobs": jobs,
};
