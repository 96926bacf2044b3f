import type { PlanSummary, planSchema, planTasksSchema } from "@jiuye/contract/targets";
import type { Indicator } from "@jiuye/targets/indicator";
import { parseUnit } from "@jiuye/targets/units";
import type { z } from "zod";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { AppError } from "../../lib/errors.ts";
import { departmentPolicy, type PlanScope, planPolicy, regionRowPolicy } from "./targets.access.ts";
import { COMPUTED_CODES } from "./targets.computed.ts";
import { presentCell, presentIndicator, presentPlanSummary } from "./targets.present.ts";
import {
  findCampaigns,
  findDepartments,
  findGoals,
  findIndicators,
  findPlanById,
  findPlanDepartments,
  findPlans,
  findTables,
  findTargets,
  findTasks,
  type IndicatorRow,
  type PlanRow,
  type TargetRow,
  updatePlanSettings,
} from "./targets.repo.ts";
import { writeTargetWorkbook } from "./targets.workbook.ts";

type ServiceDeps = Pick<Deps, "db" | "regions" | "clock">;

/** An indicator row as the package's model. */
function toIndicator(row: IndicatorRow): Indicator {
  const unit = parseUnit(row.unit);
  if (!unit) throw new Error(`indicator ${row.code} has an unknown unit ${row.unit}`);
  return { ...row, unit };
}

/** The indicator catalogue by code. */
export async function loadCatalogue(db: Deps["db"]): Promise<Map<string, Indicator>> {
  return new Map((await findIndicators(db)).map((row) => [row.code, toIndicator(row)]));
}

/** The plan, or 404. */
export async function loadPlan(db: Deps["db"], id: string): Promise<PlanRow> {
  const plan = await findPlanById(db, id);
  if (!plan) throw new AppError("TARGETS_PLAN_NOT_FOUND", "No such plan");
  return plan;
}

async function scopesOf(deps: ServiceDeps, plans: readonly PlanRow[]): Promise<Map<string, PlanScope>> {
  const departments = await findPlanDepartments(
    deps.db,
    plans.map((p) => p.id),
  );
  return new Map(
    plans.map((p) => [
      p.id,
      {
        regionPath: deps.regions.get(p.region_code)?.path ?? null,
        departmentIds: departments.flatMap((d) =>
          d.plan_id === p.id && d.department_id ? [d.department_id] : [],
        ),
      },
    ]),
  );
}

/** The plan if the caller may read it (404, then 403). */
export async function readablePlan(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<{ plan: PlanRow; scope: PlanScope }> {
  const plan = await loadPlan(deps.db, id);
  const scope = (await scopesOf(deps, [plan])).get(plan.id) ?? { regionPath: null, departmentIds: [] };
  authorize(planPolicy.read, actor, scope);
  return { plan, scope };
}

/** Whether the caller sees a region's rows. */
export function seesRegion(deps: Pick<Deps, "regions">, actor: Actor, code: string): boolean {
  return regionRowPolicy.read(actor, { regionPath: deps.regions.get(code)?.path ?? null });
}

/** Plans the caller may read. */
export async function listPlans(deps: ServiceDeps, actor: Actor): Promise<PlanSummary[]> {
  const plans = await findPlans(deps.db);
  const scopes = await scopesOf(deps, plans);
  return plans
    .filter((p) => {
      const scope = scopes.get(p.id);
      return scope !== undefined && planPolicy.read(actor, scope);
    })
    .map((p) => presentPlanSummary(p, deps.regions));
}

type PlanView = z.infer<typeof planSchema>;

/** Headline goals and the target tables, rows limited to the caller's jurisdiction. */
export async function planView(deps: ServiceDeps, opts: { actor: Actor; plan: PlanRow }): Promise<PlanView> {
  const { plan } = opts;
  const [indicators, goals, tables, targets] = await Promise.all([
    findIndicators(deps.db),
    findGoals(deps.db, plan.id),
    findTables(deps.db, plan.id),
    findTargets(deps.db, plan.id),
  ]);
  const byCell = new Map(targets.map((t) => [`${t.region_code}:${t.indicator_code}`, t]));
  const used = new Set([
    ...goals.flatMap((g) => (g.indicator_code ? [g.indicator_code] : [])),
    ...tables.flatMap((t) => t.columns.map((c) => c.indicator_code)),
  ]);
  return {
    plan: presentPlanSummary(plan, deps.regions),
    indicators: indicators.filter((i) => used.has(i.code)).map((i) => presentIndicator(i, COMPUTED_CODES)),
    goals: goals.map((g) => ({
      text: g.text,
      indicator: g.indicator_code,
      cell: g.written === null ? null : presentCell({ ...g, written: g.written }),
    })),
    tables: tables.map((table) => ({
      annex: table.annex,
      title: table.title,
      unit: table.unit,
      columns: table.columns.map((c) => ({ indicator: c.indicator_code, header: c.header, unit: c.unit })),
      rows: table.rows
        .filter((row) => seesRegion(deps, opts.actor, row.region_code))
        .map((row) => ({
          region: { code: row.region_code, name: deps.regions.get(row.region_code)?.name ?? row.region_code },
          label: row.label,
          total: row.total,
          cells: table.columns.map((c) => {
            const target = byCell.get(`${row.region_code}:${c.indicator_code}`);
            return target ? presentCell(target) : null;
          }),
        })),
    })),
  };
}

type TasksView = z.infer<typeof planTasksSchema>;

/** Department tasks (one's own for department accounts), region tasks within the jurisdiction, campaigns. */
export async function planTasksView(
  deps: ServiceDeps,
  opts: { actor: Actor; plan: PlanRow },
): Promise<TasksView> {
  const [tasks, targets, campaigns] = await Promise.all([
    findTasks(deps.db, opts.plan.id),
    findTargets(deps.db, opts.plan.id),
    findCampaigns(deps.db, opts.plan.id),
  ]);
  const departmentIds = [
    ...new Set([
      ...tasks.flatMap((t) => (t.department_id ? [t.department_id] : [])),
      ...campaigns.flatMap((c) => c.department_ids),
    ]),
  ];
  const departments = await findDepartments(deps.db, departmentIds);
  const named = new Map(departments.map((d) => [d.id, d]));
  const targetsOf = (taskId: string) =>
    targets
      .filter((t): t is TargetRow & { task_id: string } => t.task_id === taskId)
      .map((t) => ({ indicator: t.indicator_code, cell: presentCell(t) }));
  const present = (rows: typeof tasks) =>
    rows.map((t) => ({ no: t.no, text: t.text, edited: t.edited, targets: targetsOf(t.id) }));
  const regionName = (code: string) => deps.regions.get(code)?.name ?? code;

  const visibleDepartments = departments.filter((d) =>
    departmentPolicy.read(opts.actor, { id: d.id, regionPath: d.region_path }),
  );
  const regionCodes = [...new Set(tasks.flatMap((t) => (t.region_code ? [t.region_code] : [])))];
  return {
    departments: visibleDepartments.flatMap((d) => {
      const own = tasks.filter((t) => t.department_id === d.id);
      return own.length === 0
        ? []
        : [{ department: { id: d.id, name: d.name }, annex: own[0]?.annex ?? "", tasks: present(own) }];
    }),
    regions: regionCodes
      .filter((code) => seesRegion(deps, opts.actor, code))
      .map((code) => {
        const own = tasks.filter((t) => t.region_code === code);
        return { region: { code, name: regionName(code) }, annex: own[0]?.annex ?? "", tasks: present(own) };
      }),
    campaigns: campaigns.map((c) => ({
      no: c.no,
      scope: c.scope,
      name: c.name,
      label: c.label,
      time: c.time_text,
      months: c.months,
      organisers: c.organisers,
      departments: c.department_ids.map((id) => ({ id, name: named.get(id)?.name ?? id })),
      hosts: c.host_codes.map((code) => ({ code, name: regionName(code) })),
      hostNote: c.host_note,
      note: c.note,
    })),
  };
}

/** Sets the overall ranking's weights (indicators of the plan only) and the yellow margin. */
export async function savePlanWeights(
  deps: ServiceDeps,
  opts: {
    actor: Actor;
    plan: PlanRow;
    scope: PlanScope;
    weights: Record<string, number>;
    marginPoints?: number;
  },
): Promise<PlanSummary> {
  authorize(planPolicy.configure, opts.actor, opts.scope);
  const used = new Set((await findTargets(deps.db, opts.plan.id)).map((t) => t.indicator_code));
  const unknown = Object.keys(opts.weights).filter((code) => !used.has(code));
  if (unknown.length > 0)
    throw new AppError(
      "TARGETS_UNKNOWN_INDICATOR",
      "Weights name indicators this plan has no targets for",
      unknown.map((code) => ({ path: `$.weights.${code}`, message: "not an indicator of this plan" })),
    );
  await updatePlanSettings(deps.db, opts.plan.id, {
    weights: JSON.stringify(opts.weights),
    margin_points: opts.marginPoints ?? opts.plan.margin_points,
    updated_at: deps.clock.now(),
  });
  return presentPlanSummary(await loadPlan(deps.db, opts.plan.id), deps.regions);
}

/** The plan's target tables as an .xlsx in the layout they are imported from, rows within the jurisdiction. */
export async function exportPlanWorkbook(
  deps: ServiceDeps,
  opts: { actor: Actor; plan: PlanRow },
): Promise<Buffer> {
  const [tables, targets] = await Promise.all([
    findTables(deps.db, opts.plan.id),
    findTargets(deps.db, opts.plan.id),
  ]);
  if (tables.length === 0) throw new AppError("TARGETS_NO_TABLES", "This plan has no target table");
  const written = new Map(targets.map((t) => [`${t.region_code}:${t.indicator_code}`, t.written]));
  return writeTargetWorkbook(
    tables.map((table) => ({
      annex: table.annex,
      title: table.title,
      unit: table.unit,
      columns: table.columns.map((c) => ({
        header: c.unit && !c.header.endsWith(`(${c.unit})`) ? `${c.header}(${c.unit})` : c.header,
      })),
      rows: table.rows
        .filter((row) => seesRegion(deps, opts.actor, row.region_code))
        .map((row) => ({
          label: row.label,
          total: row.total,
          cells: table.columns.map((c) => written.get(`${row.region_code}:${c.indicator_code}`) ?? ""),
        })),
    })),
  );
}
