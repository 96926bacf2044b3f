import type { Migration } from "kysely/migration";
import * as foundation from "./2026_11_22_0001_foundation.ts";
import * as jobs from "./2026_11_22_0002_jobs.ts";
import * as jobSearch from "./2026_11_22_0003_job_search.ts";
import * as people from "./2026_11_22_0004_people.ts";
import * as applications from "./2026_11_22_0005_applications.ts";
import * as matching from "./2026_11_22_0006_matching.ts";
import * as targets from "./2026_11_22_0007_targets.ts";
import * as push from "./2026_11_22_0008_push.ts";
import * as bulletins from "./2026_11_23_0010_bulletins.ts";
import * as wages from "./2026_11_23_0011_wages.ts";

/** Every migration, in order. Forward-only: a landed migration is never edited; add a new one. */
export const migrations: Record<string, Migration> = {
  "2026_11_22_0001_foundation": foundation,
  "2026_11_22_0002_jobs": jobs,
  "2026_11_22_0003_job_search": jobSearch,
  "2026_11_22_0004_people": people,
  "2026_11_22_0005_applications": applications,
  "2026_11_22_0006_matching": matching,
  "2026_11_22_0007_targets": targets,
  "2026_11_22_0008_push": push,
  "2026_11_23_0010_bulletins": bulletins,
  "2026_11_23_0011_wages": wages,
};
