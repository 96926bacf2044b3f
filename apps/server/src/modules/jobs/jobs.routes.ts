import {
  createPosting as createPostingRoute,
  getPosting,
  listMyPostings,
  transitionPosting as transitionPostingRoute,
  updatePosting as updatePostingRoute,
} from "@jiuye/contract/job-postings";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError } from "../../lib/errors.ts";
import { canViewUnpublished } from "./jobs.access.ts";
import { presentPosting, presentPublicPosting } from "./jobs.present.ts";
import { findClusterMates, findEvents, findManagedPostings, findSources } from "./jobs.repo.ts";
import { createPosting, loadPosting, postingView, transitionPosting, updatePosting } from "./jobs.service.ts";

const cursorKey = z.object({ updatedAt: z.iso.datetime(), id: z.string() });

export function jobRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, createPostingRoute, async (ctx) => {
    const { employerId, ...fields } = ctx.body;
    const posting = await createPosting(
      { ...ctx.deps },
      { actor: requireActor(ctx.actor), fields, employerId },
    );
    ctx.audit("job_posting", posting.id);
    return { posting };
  });

  mountRoute(app, deps, updatePostingRoute, async (ctx) => {
    const posting = await updatePosting(ctx.deps, {
      actor: requireActor(ctx.actor),
      id: ctx.params.id,
      fields: ctx.body,
    });
    ctx.audit("job_posting", posting.id);
    return { posting };
  });

  mountRoute(app, deps, transitionPostingRoute, async (ctx) => {
    const posting = await transitionPosting(ctx.deps, {
      actor: requireActor(ctx.actor),
      id: ctx.params.id,
      ...ctx.body,
    });
    ctx.audit("job_posting", posting.id, { action: ctx.body.action, status: posting.status });
    return { posting };
  });

  mountRoute(app, deps, getPosting, async ({ params, actor }) => {
    const row = await loadPosting(deps.db, params.id);
    const scope = { employerId: row.employer_id, regionPath: row.region_path };
    if (canViewUnpublished(actor, scope)) return { posting: await postingView(deps.db, row) };
    if (row.status !== "published") throw new AppError("JOBS_NOT_FOUND", "No such posting");
    const mates = row.cluster_id
      ? await findClusterMates(deps.db, [{ postingId: row.id, clusterId: row.cluster_id }])
      : [];
    return { posting: presentPublicPosting(row, mates) };
  });

  mountRoute(app, deps, listMyPostings, async ({ query, actor }) => {
    const caller = requireActor(actor);
    const before = decodeCursor(query.cursor, cursorKey);
    const rows = await findManagedPostings(deps.db, {
      ...(caller.role === "employer"
        ? { employerId: caller.organisationId ?? "" }
        : { regionPath: caller.regionPath ?? "" }),
      status: query.status,
      before: before ? { updatedAt: new Date(before.updatedAt), id: before.id } : undefined,
      limit: query.limit + 1,
    });
    const page = pageOf(rows, query.limit, (r) => ({ updatedAt: r.updated_at.toISOString(), id: r.id }));
    const ids = page.items.map((r) => r.id);
    const sources = await findSources(deps.db, ids);
    const clusters = page.items.flatMap((r) =>
      r.cluster_id ? [{ postingId: r.id, clusterId: r.cluster_id }] : [],
    );
    const mates = await findClusterMates(deps.db, clusters);
    const events = await findEvents(deps.db, ids);
    return {
      items: page.items.map((r) => presentPosting(r, { sources, events, mates })),
      nextCursor: page.nextCursor,
    };
  });
}
