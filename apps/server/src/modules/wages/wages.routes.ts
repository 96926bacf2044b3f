import {
  getProject,
  getProjectBundle,
  getWageTemplate,
  listProjects,
  pushFacts,
  uploadFacts,
  upsertProject,
} from "@jiuye/contract/wage-projects";
import {
  acknowledgeWageAlert,
  closeWageAlert,
  disposeWageAlert,
  evaluateProjectNow,
  evaluateWages,
  getWageAlert,
  listWageAlerts,
  wageAlertRates,
} from "@jiuye/contract/wages";
import { evaluateBundle, RULESET_VERSION } from "@jiuye/wages/evaluate";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { tableFile, templateSheets } from "../../lib/tabular.ts";
import { projectPolicy } from "./wages.access.ts";
import { alertRates, getAlert, listAlerts, moveAlert } from "./wages.alerts.ts";
import { evaluateStoredProjects, storedBundle } from "./wages.evaluation.ts";
import { findProjectsFor, projectDetail } from "./wages.projects.ts";
import { loadProject, pushProjectFacts, upsertWageProject } from "./wages.service.ts";
import { WAGE_TEMPLATES } from "./wages.template.ts";
import { uploadProjectSheet } from "./wages.upload.ts";

/** Requests a minute per address for the public dry run, and its body limit. */
const EVALUATE_PER_MINUTE = 30;
const EVALUATE_BODY_LIMIT = 5 * 1024 * 1024;

export function wageRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(
    app,
    deps,
    evaluateWages,
    async ({ body, reply }) => {
      reply.header("jiuye-ruleset-version", RULESET_VERSION);
      return evaluateBundle(body);
    },
    { rateLimitPerMinute: EVALUATE_PER_MINUTE, bodyLimit: EVALUATE_BODY_LIMIT, transaction: false },
  );

  mountRoute(app, deps, upsertProject, async (ctx) => {
    const result = await upsertWageProject({ ...deps, db: ctx.deps.db }, requireActor(ctx.actor), ctx.body);
    ctx.audit("wage_project", result.project.id, { code: result.project.code, created: result.created });
    if (!result.created) ctx.repeated();
    return result;
  });

  mountRoute(app, deps, listProjects, async ({ query, actor }) =>
    findProjectsFor(deps, requireActor(actor), query),
  );

  mountRoute(app, deps, getProject, async ({ params, actor }) => ({
    project: await projectDetail(deps, requireActor(actor), params.id),
  }));

  mountRoute(app, deps, getProjectBundle, async ({ params, query, actor }) => {
    const { scope } = await loadProject(deps, params.id);
    authorize(projectPolicy.read, requireActor(actor), scope);
    return { bundle: await storedBundle(deps.db, params.id, query.asOf ?? todayInChina(deps.clock.now())) };
  });

  mountRoute(
    app,
    deps,
    pushFacts,
    async (ctx) => {
      const counts = await pushProjectFacts(
        { ...deps, db: ctx.deps.db },
        requireActor(ctx.actor),
        ctx.params.id,
        ctx.body,
      );
      ctx.audit("wage_facts", ctx.params.id, {
        workers: ctx.body.workers.length,
        attendance: ctx.body.attendance.length,
        payroll: ctx.body.payroll.length,
        laborCostAllocations: ctx.body.laborCostAllocations.length,
      });
      return counts;
    },
    { bodyLimit: 20 * 1024 * 1024 },
  );

  mountRoute(app, deps, uploadFacts, async (ctx) => {
    const result = await uploadProjectSheet(
      { ...deps, db: ctx.deps.db },
      requireActor(ctx.actor),
      ctx.params.id,
      {
        kind: ctx.params.kind,
        file: ctx.file ?? Buffer.alloc(0),
        format: ctx.query.format,
        dryRun: ctx.query.dryRun,
      },
    );
    ctx.audit("wage_upload", ctx.params.id, {
      kind: ctx.params.kind,
      rows: result.rows,
      errors: result.errors.length,
      ...result.counts,
    });
    return result;
  });

  mountRoute(app, deps, getWageTemplate, async ({ params, query, reply }) => {
    const template = WAGE_TEMPLATES[params.kind];
    const file = await tableFile(templateSheets(template.sheet, template.columns), query.format);
    reply
      .type(file.contentType)
      .header("content-disposition", `attachment; filename="wages-${params.kind}-template.${query.format}"`);
    return file.body;
  });

  mountRoute(app, deps, evaluateProjectNow, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const d = { ...deps, db: ctx.deps.db };
    const { scope } = await loadProject(d, ctx.params.id);
    authorize(projectPolicy.feed, actor, scope);
    await evaluateStoredProjects(d, { projectIds: [ctx.params.id] });
    ctx.audit("wage_evaluation", ctx.params.id);
    const { items } = await listAlerts(d, actor, { projectId: ctx.params.id, limit: 200, offset: 0 });
    return { alerts: items.filter((a) => a.holds) };
  });

  mountRoute(app, deps, listWageAlerts, async ({ query, actor }) =>
    listAlerts(deps, requireActor(actor), query),
  );
  mountRoute(app, deps, wageAlertRates, async ({ query, actor }) =>
    alertRates(deps, requireActor(actor), query),
  );
  mountRoute(app, deps, getWageAlert, async ({ params, actor }) =>
    getAlert(deps, requireActor(actor), params.id),
  );

  for (const [def, action] of [
    [acknowledgeWageAlert, "acknowledge"],
    [disposeWageAlert, "dispose"],
    [closeWageAlert, "close"],
  ] as const) {
    mountRoute(app, deps, def, async (ctx) => {
      const alert = await moveAlert(
        { ...deps, db: ctx.deps.db },
        requireActor(ctx.actor),
        ctx.params.id,
        action,
        ctx.body as { note?: string; measures?: string; evidence?: string[] },
      );
      ctx.audit(`wage_alert_${action}`, alert.id, { code: alert.code, status: alert.status });
      return { alert };
    });
  }
}
