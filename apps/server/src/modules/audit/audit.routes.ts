import { listAudit } from "@jiuye/contract/audit";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { findAuditEntries } from "./audit.repo.ts";

const cursorKey = z.object({ at: z.iso.datetime(), id: z.string().regex(/^\d+$/) });

export function auditRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listAudit, async ({ query, actor }) => {
    const admin = requireActor(actor);
    // Administrators of the top region also see entries made without a login or from the CLI.
    const topLevel = admin.regionCode !== null && deps.regions.get(admin.regionCode)?.level === 1;
    const before = decodeCursor(query.cursor, cursorKey);
    const rows = await findAuditEntries(deps.db, {
      regionPath: topLevel ? null : (admin.regionPath ?? ""),
      actor: query.actor,
      action: query.action,
      recordType: query.recordType,
      recordId: query.recordId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      before: before ? { at: new Date(before.at), id: before.id } : undefined,
      limit: query.limit + 1,
    });
    const page = pageOf(rows, query.limit, (r) => ({ at: r.at.toISOString(), id: r.id }));
    return {
      items: page.items.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorId: r.actor_id,
        actorName: r.actor_name,
        actorRole: r.actor_role,
        action: r.action,
        recordType: r.record_type,
        recordId: r.record_id,
        clientAddress: r.client_address,
        outcome: r.outcome,
      })),
      nextCursor: page.nextCursor,
    };
  });
}
