import {
  exportPlan,
  getPlan,
  getPlanProgress,
  getPlanTasks,
  listPlans as listPlansRoute,
  listReports as listReportsRoute,
  reviewReport as reviewReportRoute,
  savePlanWeights as savePlanWeightsRoute,
  submitReport as submitReportRoute,
} from "@jiuye/contract/targets";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { todayInChina } from "../../lib/clock.ts";
import { planProgress } from "./targets.progress.ts";
import { listReports, reviewReport, submitReport } from "./targets.reports.ts";
import {
  exportPlanWorkbook,
  listPlans,
  planTasksView,
  planView,
  readablePlan,
  savePlanWeights,
} from "./targets.service.ts";

export function targetRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listPlansRoute, async ({ actor }) => ({
    items: await listPlans(deps, requireActor(actor)),
  }));

  mountRoute(app, deps, getPlan, async ({ params, actor }) => {
    const caller = requireActor(actor);
    const { plan } = await readablePlan(deps, caller, params.id);
    return planView(deps, { actor: caller, plan });
  });

  mountRoute(app, deps, getPlanTasks, async ({ params, actor }) => {
    const caller = requireActor(actor);
    const { plan } = await readablePlan(deps, caller, params.id);
    return planTasksView(deps, { actor: caller, plan });
  });

  mountRoute(app, deps, getPlanProgress, async ({ params, query, actor }) => {
    const caller = requireActor(actor);
    const { plan } = await readablePlan(deps, caller, params.id);
    return planProgress(deps, { actor: caller, plan, on: query.on ?? todayInChina(deps.clock.now()) });
  });

  mountRoute(app, deps, savePlanWeightsRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = { ...deps, db: ctx.deps.db };
    const { plan, scope } = await readablePlan(d, actor, ctx.params.id);
    const saved = await savePlanWeights(d, { actor, plan, scope, ...ctx.body });
    ctx.audit("plan", plan.id, { ...ctx.body });
    return { plan: saved };
  });

  mountRoute(app, deps, exportPlan, async ({ params, actor, reply }) => {
    const caller = requireActor(actor);
    const { plan } = await readablePlan(deps, caller, params.id);
    const body = await exportPlanWorkbook(deps, { actor: caller, plan });
    reply
      .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
      .header("content-disposition", `attachment; filename="${encodeURIComponent(plan.key)}.xlsx"`);
    return body;
  });

  mountRoute(app, deps, submitReportRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = { ...deps, db: ctx.deps.db };
    const { plan } = await readablePlan(d, actor, ctx.params.id);
    const report = await submitReport(d, { actor, plan, ...ctx.body });
    ctx.audit("plan_report", report.id, { period: report.period, status: report.status });
    return { report };
  });

  mountRoute(app, deps, reviewReportRoute, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = { ...deps, db: ctx.deps.db };
    const { plan, scope } = await readablePlan(d, actor, ctx.params.id);
    const report = await reviewReport(d, { actor, plan, scope, reportId: ctx.params.reportId, ...ctx.body });
    ctx.audit("plan_report", report.id, { action: ctx.body.action });
    return { report };
  });

  mountRoute(app, deps, listReportsRoute, async ({ params, query, actor }) => {
    const caller = requireActor(actor);
    const { plan } = await readablePlan(deps, caller, params.id);
    return listReports(deps, { actor: caller, plan, period: query.period });
  });
}
