import {
  getPushSettings,
  listPushRuns,
  pushToGroup as pushToGroupRoute,
  savePushSettings,
  unsubscribePush,
} from "@jiuye/contract/push";
import type { FastifyInstance } from "fastify";
import type { Actor, Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { AppError } from "../../lib/errors.ts";
import { SEEKER_CHANNELS } from "../inbox/inbox.service.ts";
import { findPersonByUserId } from "../people/people.repo.ts";
import { presentRun } from "./push.present.ts";
import { pushRunsQuery } from "./push.repo.ts";
import { changePushSettings, loadPushSettings, pushToGroup, unsubscribeByToken } from "./push.service.ts";

async function ownPersonId(db: Deps["db"], actor: Actor | null): Promise<string> {
  const row = await findPersonByUserId(db, requireActor(actor).id);
  if (!row) throw new AppError("PEOPLE_NOT_FOUND", "You have not registered in the labour-force registry");
  return row.id;
}

export function pushRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, getPushSettings, async (ctx) => ({
    settings: await loadPushSettings(deps.db, await ownPersonId(deps.db, ctx.actor)),
  }));

  mountRoute(app, deps, savePushSettings, async (ctx) => {
    const personId = await ownPersonId(ctx.deps.db, ctx.actor);
    const settings = await changePushSettings(ctx.deps, { personId, settings: ctx.body });
    ctx.audit("person", personId, { push: settings });
    return { settings };
  });

  mountRoute(
    app,
    deps,
    unsubscribePush,
    async (ctx) => {
      const personId = await unsubscribeByToken({ ...ctx.deps, secret: deps.config.secret }, ctx.body.token);
      ctx.audit("person", personId, { push: { enabled: false, via: "link" } });
      return { ok: true as const };
    },
    { rateLimitPerMinute: 20 },
  );

  mountRoute(app, deps, pushToGroupRoute, async (ctx) => {
    const { runId, ...counts } = await pushToGroup(
      { ...ctx.deps, secret: deps.config.secret, channels: SEEKER_CHANNELS },
      { actor: requireActor(ctx.actor), ...ctx.body },
    );
    // The filter and the count, never the people.
    ctx.audit("push_run", runId, { filter: ctx.body.filter, postingIds: ctx.body.postingIds, ...counts });
    return { dryRun: ctx.body.dryRun, ...counts };
  });

  mountRoute(app, deps, listPushRuns, async (ctx) => {
    const actor = requireActor(ctx.actor);
    if (!actor.regionPath) throw new AppError("ACCESS_OUTSIDE_JURISDICTION", "Your account has no region");
    const rows = await pushRunsQuery(deps.db, {
      regionPath: actor.regionPath,
      limit: ctx.query.limit,
    }).execute();
    return { items: rows.map(presentRun) };
  });
}
