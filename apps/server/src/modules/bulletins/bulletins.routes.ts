import { downloadBulletin, generateBulletin, listBulletins } from "@jiuye/contract/bulletins";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { bulletinPolicy } from "./bulletins.access.ts";
import { bulletinFile, bulletinPlan, generatePlanBulletin, listPlanBulletins } from "./bulletins.service.ts";

export function bulletinRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listBulletins, async ({ params, actor }) => ({
    items: await listPlanBulletins(deps, { actor: requireActor(actor), planId: params.id }),
  }));

  mountRoute(app, deps, generateBulletin, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = { ...deps, db: ctx.deps.db };
    const { plan } = await bulletinPlan(d, actor, ctx.params.id, bulletinPolicy.generate);
    const bulletin = await generatePlanBulletin(d, { plan, ...ctx.body, generatedBy: actor.id });
    ctx.audit("bulletin", bulletin.id, { kind: bulletin.kind, period: bulletin.period });
    return { bulletin };
  });

  mountRoute(app, deps, downloadBulletin, async ({ params, actor, reply }) => {
    const file = await bulletinFile(deps, { actor: requireActor(actor), ...params });
    reply
      .type(file.contentType)
      .header("content-disposition", `attachment; filename="${encodeURIComponent(file.filename)}"`);
    return file.body;
  });
}
