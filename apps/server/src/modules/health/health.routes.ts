import { getHealth } from "@jiuye/contract/health";
import type { FastifyInstance } from "fastify";
import { migrationState } from "../../db/migrate.ts";
import type { Deps } from "../../http/context.ts";
import { mountRoute } from "../../http/route.ts";
import { APP_VERSION } from "../../version.ts";

export function healthRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, getHealth, async () => ({
    status: "ok" as const,
    database: deps.dbKind,
    version: APP_VERSION,
    migrations: await migrationState(deps.db, deps.dbSchema),
  }));
}
