import type { Role } from "@jiuye/contract/route";
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { DatabaseKind } from "../db/connect.ts";
import type { Database } from "../db/types.ts";
import type { Clock } from "../lib/clock.ts";
import type { Catalogue } from "../modules/catalogue/catalogue.cache.ts";
import type { RegionDirectory } from "../modules/regions/regions.directory.ts";
import type { TaskQueue } from "../tasks/queue.ts";

/** What every use case may need, passed explicitly (no container). */
export interface Deps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  dbSchema: string;
  clock: Clock;
  config: Config;
  tasks: TaskQueue;
  regions: RegionDirectory;
  catalogue: Catalogue;
}

/** The authenticated caller. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  /** The region's path (`650000.652300`), the root of the actor's jurisdiction. */
  regionPath: string | null;
  organisationId: string | null;
  sessionIdHash: string;
  csrfToken: string;
  mustChangePassword: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}
