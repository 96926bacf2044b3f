import {
  acceptInvitation as acceptRoute,
  applyToPosting as applyRoute,
  decideApplication as decideRoute,
  declineInvitation as declineRoute,
  invitePerson as inviteRoute,
  listEmployerApplications,
  listOwnApplications,
  listOwnInvitations,
  listPostingApplications,
  withdrawApplication as withdrawRoute,
} from "@jiuye/contract/applications";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize } from "../../lib/access.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { loadPosting } from "../jobs/jobs.service.ts";
import { peopleDeps } from "../people/people.service.ts";
import { applicationPolicy } from "./applications.access.ts";
import {
  presentCounts,
  presentInvitation,
  presentOwnApplication,
  presentOwnInvitation,
} from "./applications.present.ts";
import {
  type Before,
  countApplicationsByStatus,
  findApplicationEvents,
  findApplications,
  findInvitations,
} from "./applications.repo.ts";
import {
  acceptInvitation,
  applyToPosting,
  decideApplication,
  declineInvitation,
  invitePerson,
  loadOwnInvitation,
  ownApplicationView,
  receiveApplications,
  receivedApplicationView,
  withdrawApplication,
} from "./applications.service.ts";

const cursorKey = z.object({ createdAt: z.iso.datetime(), id: z.string() });

function before(cursor: string | undefined): Before | undefined {
  const key = decodeCursor(cursor, cursorKey);
  return key ? { createdAt: new Date(key.createdAt), id: key.id } : undefined;
}

const keyOf = (r: { created_at: Date; id: string }) => ({ createdAt: r.created_at.toISOString(), id: r.id });

export function applicationRoutes(app: FastifyInstance, deps: Deps): void {
  // ——— seekers ———

  mountRoute(app, deps, applyRoute, async (ctx) => {
    const made = await applyToPosting(peopleDeps(deps, ctx.deps.db), {
      actor: requireActor(ctx.actor),
      postingId: ctx.params.id,
      note: ctx.body?.note,
      origin: "apply",
    });
    if (!made.created) ctx.repeated();
    ctx.audit("application", made.id);
    return { application: await ownApplicationView(ctx.deps.db, made.id) };
  });

  mountRoute(app, deps, listOwnApplications, async ({ query, actor }) => {
    const rows = await findApplications(deps.db, {
      userId: requireActor(actor).id,
      before: before(query.cursor),
      limit: query.limit + 1,
    });
    const page = pageOf(rows, query.limit, keyOf);
    const events = await findApplicationEvents(
      deps.db,
      page.items.map((r) => r.id),
    );
    return { items: page.items.map((r) => presentOwnApplication(r, events)), nextCursor: page.nextCursor };
  });

  mountRoute(app, deps, withdrawRoute, async (ctx) => {
    await withdrawApplication(peopleDeps(deps, ctx.deps.db), {
      actor: requireActor(ctx.actor),
      id: ctx.params.id,
    });
    ctx.audit("application", ctx.params.id, { status: "withdrawn" });
    return { application: await ownApplicationView(ctx.deps.db, ctx.params.id) };
  });

  mountRoute(app, deps, listOwnInvitations, async ({ query, actor }) => {
    const rows = await findInvitations(deps.db, {
      userId: requireActor(actor).id,
      before: before(query.cursor),
      limit: query.limit + 1,
    });
    const page = pageOf(rows, query.limit, keyOf);
    return { items: page.items.map(presentOwnInvitation), nextCursor: page.nextCursor };
  });

  mountRoute(app, deps, acceptRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const { applicationId } = await acceptInvitation(peopleDeps(deps, ctx.deps.db), {
      actor,
      id: ctx.params.id,
    });
    ctx.audit("invitation", ctx.params.id, { answer: "accepted", applicationId });
    return {
      invitation: presentOwnInvitation(await loadOwnInvitation(ctx.deps.db, actor, ctx.params.id)),
      application: await ownApplicationView(ctx.deps.db, applicationId),
    };
  });

  mountRoute(app, deps, declineRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    await declineInvitation(peopleDeps(deps, ctx.deps.db), { actor, id: ctx.params.id });
    ctx.audit("invitation", ctx.params.id, { answer: "declined" });
    return { invitation: presentOwnInvitation(await loadOwnInvitation(ctx.deps.db, actor, ctx.params.id)) };
  });

  // ——— employers and staff ———

  mountRoute(app, deps, listPostingApplications, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const posting = await loadPosting(deps.db, ctx.params.id);
    authorize(applicationPolicy.handle, actor, {
      employerId: posting.employer_id,
      regionPath: posting.region_path,
    });
    const rows = await findApplications(deps.db, {
      postingId: posting.id,
      status: ctx.query.status,
      before: before(ctx.query.cursor),
      limit: ctx.query.limit + 1,
    });
    const page = pageOf(rows, ctx.query.limit, keyOf);
    const received = await receiveApplications(peopleDeps(deps), { actor, rows: page.items });
    ctx.audit("person", null, { postingId: posting.id, read: received.read, phones: received.phones });
    return { items: received.items, nextCursor: page.nextCursor };
  });

  mountRoute(app, deps, listEmployerApplications, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const employerId = actor.organisationId ?? "";
    const rows = await findApplications(deps.db, {
      employerId,
      status: ctx.query.status,
      before: before(ctx.query.cursor),
      limit: ctx.query.limit + 1,
    });
    const page = pageOf(rows, ctx.query.limit, keyOf);
    const received = await receiveApplications(peopleDeps(deps), { actor, rows: page.items });
    ctx.audit("person", null, { read: received.read, phones: received.phones });
    const counts = presentCounts(await countApplicationsByStatus(deps.db, employerId));
    return { items: received.items, counts, nextCursor: page.nextCursor };
  });

  mountRoute(app, deps, decideRoute, async (ctx) => {
    const d = peopleDeps(deps, ctx.deps.db);
    const row = await decideApplication(d, {
      actor: requireActor(ctx.actor),
      id: ctx.params.id,
      ...ctx.body,
    });
    ctx.audit("application", row.id, { status: ctx.body.status, personId: row.person_id });
    return { application: await receivedApplicationView(d, row) };
  });

  mountRoute(app, deps, inviteRoute, async (ctx) => {
    const made = await invitePerson(peopleDeps(deps, ctx.deps.db), {
      actor: requireActor(ctx.actor),
      postingId: ctx.params.id,
      personId: ctx.body.personId,
    });
    if (!made.created) ctx.repeated();
    ctx.audit("invitation", made.invitation.id, { personId: ctx.body.personId });
    return { invitation: presentInvitation(made.invitation) };
  });
}
