import { getDashboard } from "@jiuye/contract/dashboard";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { countAuditEntriesSince, findRecentActivity } from "../audit/audit.repo.ts";
import { countOrganisationsWithin } from "../organisations/organisations.repo.ts";
import { countUsersByRoleWithin } from "../users/users.repo.ts";

/** Start of the current day in China Standard Time, where the offices are. */
function startOfDayCst(now: Date): Date {
  const cst = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth(), cst.getUTCDate()) - 8 * 3600_000);
}

export function dashboardRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, getDashboard, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const root = actor.regionCode ? deps.regions.get(actor.regionCode) : undefined;
    const path = root?.path ?? "";
    let regions = 0;
    for (
      let level = root ? [root] : [];
      level.length > 0;
      level = level.flatMap((r) => deps.regions.children(r.code))
    ) {
      regions += level.length;
    }
    // Audit figures are for administrators; others see only the counts of their own jurisdiction.
    const isAdmin = actor.role === "admin";
    const accountsByRole = root ? await countUsersByRoleWithin(deps.db, path) : [];
    return {
      jurisdiction: { code: root?.code ?? null, name: root?.name ?? null },
      counts: {
        regions,
        departments: root ? await countOrganisationsWithin(deps.db, path, "department") : 0,
        employers: root ? await countOrganisationsWithin(deps.db, path, "employer") : 0,
        accounts: accountsByRole.reduce((sum, r) => sum + r.count, 0),
        auditToday: isAdmin ? await countAuditEntriesSince(deps.db, startOfDayCst(deps.clock.now())) : 0,
      },
      accountsByRole,
      recentActivity: isAdmin
        ? (await findRecentActivity(deps.db, 10)).map((r) => ({
            at: r.at.toISOString(),
            action: r.action,
            actorName: r.actor_name,
          }))
        : [],
    };
  });
}
