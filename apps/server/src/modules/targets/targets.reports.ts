/**
 * Reports of actual values: counties report monthly, departments quarterly, each due on the plan's
 * stated day (the 20th unless the document says otherwise) of the month after the period. Values are
 * cumulative from the start of the year; with a county's report the platform's own counts for the
 * period are kept beside what the county reports. The plan's office approves or returns a report.
 */
import type { PlanReport } from "@jiuye/contract/targets";
import type { Period } from "@jiuye/targets/time";
import { daysInMonth, periodBounds } from "@jiuye/targets/time";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { departmentPolicy, type PlanScope, planPolicy, regionRowPolicy } from "./targets.access.ts";
import { COMPUTED_CODES, computedActual } from "./targets.computed.ts";
import { presentReport } from "./targets.present.ts";
import { findDepartments, findTargets, type PlanRow, type TargetRow } from "./targets.repo.ts";
import {
  findReportById,
  findReportEvents,
  findReportForUpdate,
  findReportsOfPeriod,
  findReportValues,
  insertReport,
  insertReportEvent,
  type ReportRow,
  replaceReportActuals,
  updateReport,
} from "./targets.reports.repo.ts";

type ReportDeps = Pick<Deps, "db" | "regions" | "clock">;
export type ReportPeriod = Extract<Period, { kind: "month" | "quarter" }>;

/** `2026-05` or `2026-Q2`; null for anything else. */
export function parseReportPeriod(text: string): ReportPeriod | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) return { kind: "month", year: Number(month[1]), month: Number(month[2]) };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(text);
  if (quarter)
    return { kind: "quarter", year: Number(quarter[1]), quarter: Number(quarter[2]) as 1 | 2 | 3 | 4 };
  return null;
}

function requirePeriod(text: string, path: string): ReportPeriod {
  const period = parseReportPeriod(text);
  if (!period)
    throw new AppError("TARGETS_WRONG_PERIOD", "Give a month (2026-05) or a quarter (2026-Q2)", [
      { path, message: "not a month or quarter" },
    ]);
  return period;
}

/** The due day of a cadence as the plan's document states it (20 when it states none). */
function dueDay(plan: PlanRow, cadence: "monthly" | "quarterly"): number {
  const duties = Array.isArray(plan.reporting) ? (plan.reporting as unknown[]) : [];
  for (const duty of duties) {
    if (typeof duty !== "object" || duty === null) continue;
    const d = duty as Record<string, unknown>;
    if (d.kind === "report" && d.cadence === cadence && typeof d.dueDay === "number") return d.dueDay;
  }
  return 20;
}

/** The deadline of a period's report: the due day of the month after the period. */
export function reportDeadline(plan: PlanRow, period: ReportPeriod): string {
  const [y = 0, m = 0] = periodBounds(period).to.split("-").map(Number);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const day = Math.min(
    dueDay(plan, period.kind === "month" ? "monthly" : "quarterly"),
    daysInMonth(year, month),
  );
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

type Reporter = { kind: "region"; code: string; path: string } | { kind: "department"; id: string };

function reporterOf(deps: ReportDeps, actor: Actor, plan: PlanRow, regionCode: string | undefined): Reporter {
  if (actor.role === "department") {
    const id = actor.organisationId ?? "";
    authorize(departmentPolicy.report, actor, { id });
    return { kind: "department", id };
  }
  const region = requireRegion(deps.regions, regionCode ?? actor.regionCode ?? "", "$.regionCode");
  authorize(regionRowPolicy.report, actor, { regionPath: region.path });
  if (region.code === plan.region_code)
    throw new AppError("TARGETS_NOT_A_REPORTER", "The plan's own region does not report; its counties do", [
      { path: "$.regionCode", message: "the plan's region: its figures are its counties' sum" },
    ]);
  return { kind: "region", code: region.code, path: region.path };
}

/** Problems of the values a reporter gives, each located in the request body. */
function valueIssues(own: readonly TargetRow[], values: readonly { indicator: string; value: number }[]) {
  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const target = own.find((t) => t.indicator_code === v.indicator);
    const at = `$.values[${i}]`;
    if (!target)
      issues.push({ path: `${at}.indicator`, message: "no target of the reporter's for this indicator" });
    else if (COMPUTED_CODES.has(v.indicator))
      issues.push({
        path: `${at}.indicator`,
        message: "counted by the platform from its records, not reported",
      });
    else if (seen.has(v.indicator)) issues.push({ path: `${at}.indicator`, message: "given twice" });
    else if (target.unit === "%" && v.value > 100)
      issues.push({ path: `${at}.value`, message: "a rate of at most 100" });
    seen.add(v.indicator);
  });
  return issues;
}

/** What the platform counted for a county's targets by the end of the period, kept with its report. */
async function platformCounts(
  deps: ReportDeps,
  own: readonly TargetRow[],
  regionPath: string,
  period: ReportPeriod,
) {
  const counted: { target_id: string; value: number }[] = [];
  for (const t of own) {
    const value = await computedActual(deps.db, {
      indicator: t.indicator_code,
      regionPath,
      year: period.year,
      throughMonth: periodBounds(period).to.slice(0, 7),
    });
    if (value !== null) counted.push({ target_id: t.id, value });
  }
  return counted;
}

/** Saves (as a draft) or submits a report; a returned report is corrected by submitting it again. */
export async function submitReport(
  deps: ReportDeps,
  opts: {
    actor: Actor;
    plan: PlanRow;
    period: string;
    regionCode?: string;
    values: { indicator: string; value: number }[];
    note?: string | null;
    draft: boolean;
  },
): Promise<PlanReport> {
  const { actor, plan } = opts;
  const reporter = reporterOf(deps, actor, plan, opts.regionCode);
  const period = requirePeriod(opts.period, "$.period");
  const expected = reporter.kind === "region" ? "month" : "quarter";
  if (period.kind !== expected)
    throw new AppError(
      "TARGETS_WRONG_PERIOD",
      reporter.kind === "region"
        ? "Counties report by month (2026-05)"
        : "Departments report by quarter (2026-Q2)",
      [{ path: "$.period", message: `a ${expected}` }],
    );
  const bounds = periodBounds(period);
  const today = todayInChina(deps.clock.now());
  if (bounds.to < plan.period_from || bounds.from > plan.period_to || bounds.from > today)
    throw new AppError("TARGETS_WRONG_PERIOD", "The period lies outside the plan or has not begun", [
      { path: "$.period", message: `the plan runs ${plan.period_from} to ${plan.period_to}` },
    ]);

  const own = (await findTargets(deps.db, plan.id)).filter(
    (t) =>
      t.applicable &&
      (reporter.kind === "region" ? t.region_code === reporter.code : t.department_id === reporter.id),
  );
  if (own.length === 0)
    throw new AppError("TARGETS_NOT_A_REPORTER", "This plan gives the reporter no targets to report on");
  const issues = valueIssues(own, opts.values);
  if (issues.length > 0) throw new AppError("TARGETS_INVALID_VALUES", "Some values cannot be taken", issues);

  const key = {
    planId: plan.id,
    period: opts.period,
    regionCode: reporter.kind === "region" ? reporter.code : null,
    departmentId: reporter.kind === "department" ? reporter.id : null,
  };
  const existing = await findReportForUpdate(deps.db, key);
  if (existing && (existing.status === "submitted" || existing.status === "approved"))
    throw new AppError("TARGETS_REPORT_LOCKED", `This report is already ${existing.status}`);
  const now = deps.clock.now();
  const status = opts.draft ? "draft" : "submitted";
  const submission = {
    status,
    note: opts.note ?? null,
    submitted_at: opts.draft ? null : now,
    submitted_by: opts.draft ? null : actor.id,
    updated_at: now,
  } as const;
  const reportId = existing
    ? existing.id
    : await insertReport(deps.db, {
        plan_id: plan.id,
        period: opts.period,
        region_code: key.regionCode,
        department_id: key.departmentId,
        deadline: reportDeadline(plan, period),
        created_at: now,
        ...submission,
      });
  if (existing) await updateReport(deps.db, reportId, submission);

  const recorded = {
    period: opts.period,
    recorded_by: actor.id,
    recorded_by_name: actor.username,
    recorded_at: now,
  };
  const counted = reporter.kind === "region" ? await platformCounts(deps, own, reporter.path, period) : [];
  await replaceReportActuals(deps.db, reportId, [
    ...opts.values.flatMap((v) => {
      const target = own.find((t) => t.indicator_code === v.indicator);
      return target
        ? [{ target_id: target.id, value: v.value, source: "reported" as const, ...recorded }]
        : [];
    }),
    ...counted.map((c) => ({ ...c, source: "computed" as const, ...recorded })),
  ]);
  await insertReportEvent(deps.db, {
    report_id: reportId,
    at: now,
    actor_id: actor.id,
    actor_name: actor.username,
    from_status: existing?.status ?? null,
    to_status: status,
    note: opts.note ?? null,
  });
  return (await reportViews(deps, [await loadReport(deps, plan, reportId)]))[0] as PlanReport;
}

async function loadReport(deps: ReportDeps, plan: PlanRow, id: string): Promise<ReportRow> {
  const report = await findReportById(deps.db, id);
  if (!report || report.plan_id !== plan.id) throw new AppError("TARGETS_REPORT_NOT_FOUND", "No such report");
  return report;
}

/** The plan's office approves a submitted report or returns it with the reason. */
export async function reviewReport(
  deps: ReportDeps,
  opts: {
    actor: Actor;
    plan: PlanRow;
    scope: PlanScope;
    reportId: string;
    action: "approve" | "return";
    note?: string | null;
  },
): Promise<PlanReport> {
  const report = await loadReport(deps, opts.plan, opts.reportId);
  authorize(planPolicy.review, opts.actor, opts.scope);
  if (report.status !== "submitted")
    throw new AppError("TARGETS_REPORT_NOT_SUBMITTED", `A ${report.status} report cannot be reviewed`);
  const now = deps.clock.now();
  const to = opts.action === "approve" ? "approved" : "returned";
  await updateReport(deps.db, report.id, {
    status: to,
    reviewed_at: now,
    reviewed_by: opts.actor.id,
    updated_at: now,
  });
  await insertReportEvent(deps.db, {
    report_id: report.id,
    at: now,
    actor_id: opts.actor.id,
    actor_name: opts.actor.username,
    from_status: report.status,
    to_status: to,
    note: opts.note ?? null,
  });
  return (await reportViews(deps, [await loadReport(deps, opts.plan, report.id)]))[0] as PlanReport;
}

/** Reports with their values, history and reporter's name. */
export async function reportViews(deps: ReportDeps, rows: readonly ReportRow[]): Promise<PlanReport[]> {
  const ids = rows.map((r) => r.id);
  const [values, events, departments] = await Promise.all([
    findReportValues(deps.db, ids),
    findReportEvents(deps.db, ids),
    findDepartments(
      deps.db,
      rows.flatMap((r) => (r.department_id ? [r.department_id] : [])),
    ),
  ]);
  return rows.map((row) =>
    presentReport(row, {
      reporterName: row.department_id
        ? (departments.find((d) => d.id === row.department_id)?.name ?? row.department_id)
        : (deps.regions.get(row.region_code ?? "")?.name ?? row.region_code ?? ""),
      values: values.filter((v) => v.report_id === row.id),
      events: events.filter((e) => e.report_id === row.id),
    }),
  );
}

/**
 * Who owes a report for the period within the caller's jurisdiction (counties with targets for a
 * month, departments with targets for a quarter), with each one's report, and whether it is missing
 * (none submitted, or returned and not yet corrected) or late.
 */
export async function listReports(
  deps: ReportDeps,
  opts: { actor: Actor; plan: PlanRow; period: string },
): Promise<{ period: string; deadline: string; today: string; items: ReportListItem[] }> {
  const period = requirePeriod(opts.period, "$query.period");
  const deadline = reportDeadline(opts.plan, period);
  const today = todayInChina(deps.clock.now());
  const targets = await findTargets(deps.db, opts.plan.id);
  const reporters: { kind: "region" | "department"; id: string }[] = [];
  if (period.kind === "month") {
    const codes = new Set(targets.flatMap((t) => (t.region_code && t.applicable ? [t.region_code] : [])));
    codes.delete(opts.plan.region_code);
    for (const code of [...codes].sort())
      if (regionRowPolicy.read(opts.actor, { regionPath: deps.regions.get(code)?.path ?? null }))
        reporters.push({ kind: "region", id: code });
  } else {
    const ids = [
      ...new Set(targets.flatMap((t) => (t.department_id && t.applicable ? [t.department_id] : []))),
    ];
    for (const d of await findDepartments(deps.db, ids))
      if (departmentPolicy.read(opts.actor, { id: d.id, regionPath: d.region_path }))
        reporters.push({ kind: "department", id: d.id });
  }
  const rows = await findReportsOfPeriod(deps.db, opts.plan.id, opts.period);
  const views = await reportViews(
    deps,
    rows.filter((r) => reporters.some((x) => x.id === (r.region_code ?? r.department_id))),
  );
  const departmentNames = new Map(
    (
      await findDepartments(
        deps.db,
        reporters.filter((r) => r.kind === "department").map((r) => r.id),
      )
    ).map((d) => [d.id, d.name]),
  );
  return {
    period: opts.period,
    deadline,
    today,
    items: reporters.map((reporter) => {
      const report = views.find((v) => v.reporter.id === reporter.id) ?? null;
      const missing = !report || report.status === "draft" || report.status === "returned";
      return {
        reporter: {
          ...reporter,
          name:
            reporter.kind === "region"
              ? (deps.regions.get(reporter.id)?.name ?? reporter.id)
              : (departmentNames.get(reporter.id) ?? reporter.id),
        },
        deadline,
        report,
        missing,
        late: missing ? today > deadline : (report?.late ?? false),
      };
    }),
  };
}

interface ReportListItem {
  reporter: PlanReport["reporter"];
  deadline: string;
  report: PlanReport | null;
  missing: boolean;
  late: boolean;
}
