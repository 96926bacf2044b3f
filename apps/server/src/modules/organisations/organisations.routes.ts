import {
  createOrganisation as createOrganisationRoute,
  listDepartments,
  listOrganisations,
  verifyOrganisation,
} from "@jiuye/contract/organisations";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize } from "../../lib/access.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError } from "../../lib/errors.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { organisationPolicy } from "./organisations.access.ts";
import { presentOrganisation } from "./organisations.present.ts";
import { findDepartments, findOrganisationsWithin, markOrganisationVerified } from "./organisations.repo.ts";
import { createOrganisation, loadOrganisation } from "./organisations.service.ts";

const cursorKey = z.object({ name: z.string(), id: z.string() });

export function organisationRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listDepartments, async ({ query }) => {
    const rows = await findDepartments(deps.db, query.region);
    return { items: rows.map(presentOrganisation) };
  });

  mountRoute(app, deps, listOrganisations, async (ctx) => {
    const actor = requireActor(ctx.actor);
    if (!actor.regionPath) throw new AppError("ACCESS_OUTSIDE_JURISDICTION", "Your account has no region");
    const rows = await findOrganisationsWithin(deps.db, {
      regionPath: actor.regionPath,
      kind: ctx.query.kind,
      q: ctx.query.q,
      after: decodeCursor(ctx.query.cursor, cursorKey),
      limit: ctx.query.limit + 1,
    });
    const page = pageOf(rows, ctx.query.limit, (r) => ({ name: r.name, id: r.id }));
    return { items: page.items.map(presentOrganisation), nextCursor: page.nextCursor };
  });

  mountRoute(app, deps, createOrganisationRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    authorize(organisationPolicy.create, actor, {
      regionPath: requireRegion(deps.regions, ctx.body.regionCode).path,
    });
    const row = await createOrganisation({ db: ctx.deps.db, regions: deps.regions, ...ctx.body });
    ctx.audit("organisation", row.id);
    return { organisation: presentOrganisation(row) };
  });

  mountRoute(app, deps, verifyOrganisation, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const row = await loadOrganisation(ctx.deps.db, ctx.params.id);
    authorize(organisationPolicy.verify, actor, { regionPath: row.region_path });
    await markOrganisationVerified(ctx.deps.db, row.id);
    ctx.audit("organisation", row.id);
    return { organisation: presentOrganisation({ ...row, verified: true }) };
  });
}
