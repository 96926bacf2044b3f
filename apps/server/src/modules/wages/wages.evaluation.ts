import { createHash } from "node:crypto";
import { subjectKey } from "@jiuye/wages/alerts";
import type { Bundle } from "@jiuye/wages/bundle";
import { monthOf, WorkingCalendar } from "@jiuye/wages/calendar";
import { evaluateBundle, RULESET_VERSION } from "@jiuye/wages/evaluate";
import { type RuleParameters, resolveParameters } from "@jiuye/wages/parameters";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { type Clock, todayInChina } from "../../lib/clock.ts";
import {
  findAlertKeys,
  finishEvaluation,
  insertAlerts,
  markCleared,
  type NewAlert,
  startEvaluation,
  updateHeld,
} from "./wages.alerts.repo.ts";
import { type EvaluatedProjectRow, findProjectFacts, findProjectsPage } from "./wages.bundles.repo.ts";
import { findCalendarDays, findParameterRows } from "./wages.settings.repo.ts";

/** Working days to dispose an alert, by severity, unless the parameters in force say otherwise. */
export const DEFAULT_DISPOSAL_DAYS = { red: 5, yellow: 10 };

export interface HandlingParameters {
  rules: RuleParameters;
  disposalWorkingDays: { red: number; yellow: number };
}

type ParameterRow = {
  region_code: string | null;
  effective_from: string;
  parameters: Record<string, unknown>;
};

/**
 * The parameters in force for a region: every row in force (effective on or before the day) for the
 * whole platform, then for each region above and at the project's, later and deeper rows overriding
 * earlier and shallower ones key by key.
 */
export function parametersFor(rows: readonly ParameterRow[], regionPath: string): HandlingParameters {
  const codes = regionPath.split(".");
  const depth = (r: ParameterRow) => (r.region_code === null ? -1 : codes.indexOf(r.region_code));
  const merged: Record<string, unknown> = {};
  for (const row of rows
    .filter((r) => r.region_code === null || codes.includes(r.region_code))
    .sort((a, b) => depth(a) - depth(b) || (a.effective_from < b.effective_from ? -1 : 1)))
    Object.assign(merged, row.parameters);
  const disposal = (merged.disposalWorkingDays ?? {}) as Partial<HandlingParameters["disposalWorkingDays"]>;
  return {
    rules: resolveParameters(merged as Partial<RuleParameters>),
    disposalWorkingDays: { ...DEFAULT_DISPOSAL_DAYS, ...disposal },
  };
}

type Loaded = Awaited<ReturnType<typeof findProjectFacts>>;
type WithKey<R> = R & { worker_key: string };

/** One project's facts, attendance and payroll named by the worker's key. */
interface Facts {
  workers: Loaded["workers"];
  attendance: WithKey<Loaded["attendance"][number]>[];
  payroll: WithKey<Loaded["payroll"][number]>[];
  allocations: Loaded["allocations"];
}

/** The facts of a page of projects, split by project. */
function factsByProject(loaded: Loaded): Map<string, Facts> {
  const out = new Map<string, Facts>();
  const of = (projectId: string) => {
    let f = out.get(projectId);
    if (!f) {
      f = { workers: [], attendance: [], payroll: [], allocations: [] };
      out.set(projectId, f);
    }
    return f;
  };
  const workers = new Map(loaded.workers.map((w) => [w.id, w]));
  for (const w of loaded.workers) of(w.project_id).workers.push(w);
  for (const a of loaded.attendance) {
    const w = workers.get(a.worker_id);
    if (w) of(w.project_id).attendance.push({ ...a, worker_key: w.worker_key });
  }
  for (const p of loaded.payroll) {
    const w = workers.get(p.worker_id);
    if (w) of(w.project_id).payroll.push({ ...p, worker_key: w.worker_key });
  }
  for (const a of loaded.allocations) of(a.project_id).allocations.push(a);
  return out;
}

const NO_FACTS: Facts = { workers: [], attendance: [], payroll: [], allocations: [] };

/** The bundle of a stored project from its own facts: what a contractor would send to the dry run. */
export function bundleOf(
  project: EvaluatedProjectRow,
  facts: Facts,
  asOf: string,
  calendar: Bundle["calendar"],
  parameters: RuleParameters,
): Bundle {
  const amount = (v: string | null) => (v === null ? null : Number(v));
  return {
    asOf,
    calendar,
    parameters,
    project: {
      id: project.code,
      name: project.name,
      regionCode: project.region_code,
      contractAmount: Number(project.contract_amount),
      contractSignedOn: project.contract_signed_on,
      permitIssuedOn: project.permit_issued_on,
      startedOn: project.started_on,
      completedOn: project.completed_on,
      registeredOn: project.registered_on,
      siteBoardPublishedOn: project.site_board_published_on,
      laborOfficerAssigned: project.labor_officer_assigned,
      specialAccount: project.account_opened_on ? { openedOn: project.account_opened_on } : null,
      deposit:
        project.deposit_form || project.deposit_exempt
          ? {
              form: project.deposit_form,
              amount: amount(project.deposit_amount),
              depositedOn: project.deposited_on,
              expiresOn: project.deposit_expires_on,
              exempt: project.deposit_exempt,
            }
          : null,
    },
    workers: facts.workers.map((w) => ({
      id: w.worker_key,
      contractSigned: w.contract_signed,
      realNameVerified: w.real_name_verified,
      enteredOn: w.entered_on,
      exitedOn: w.exited_on,
      exitSettlementConfirmedOn: w.exit_settlement_confirmed_on,
    })),
    attendance: facts.attendance.map((a) => ({
      workerId: a.worker_key,
      month: a.month,
      days: Number(a.days),
    })),
    payroll: facts.payroll.map((p) => ({
      workerId: p.worker_key,
      month: p.month,
      payable: Number(p.payable),
      paid: Number(p.paid),
      paidOn: p.paid_on,
      viaSpecialAccount: p.via_special_account,
      workerSigned: p.worker_signed,
    })),
    laborCostAllocations: facts.allocations.map((a) => ({
      month: a.month,
      amount: Number(a.amount),
      allocatedOn: a.allocated_on,
    })),
    // Complaints reach a project through the complaints module (issue 7); none are stored yet.
    complaints: [],
  };
}

/** One stored project's bundle as of a day, with the calendar and parameters the daily run would use. */
export async function storedBundle(db: Kysely<Database>, projectId: string, asOf: string): Promise<Bundle> {
  const [project] = await findProjectsPage(db, null, 1, [projectId]);
  if (!project) throw new Error(`project ${projectId} not found`);
  const calendarDays = await findCalendarDays(db);
  const handling = parametersFor(await findParameterRows(db, asOf), project.region_path);
  const facts = factsByProject(await findProjectFacts(db, [projectId], monthOf(asOf)));
  return bundleOf(project, facts.get(projectId) ?? NO_FACTS, asOf, calendarDays, handling.rules);
}

export interface EvaluationRun {
  asOf: string;
  projects: number;
  holding: number;
  raised: number;
  reraised: number;
  cleared: number;
}

const PAGE = 500;
type Known = Awaited<ReturnType<typeof findAlertKeys>>[number];

/**
 * Evaluates every stored project (or the ones given) as of today in China with the rules the dry
 * run uses, and records what changed: new alerts raised with a deadline in working days, alerts
 * whose text or severity changed rewritten, alerts disposed or closed yet holding re-raised, and
 * alerts no longer found marked so. Alerts found as they were are not written. Each run is logged.
 */
export async function evaluateStoredProjects(
  deps: { db: Kysely<Database>; clock: Clock },
  options: { projectIds?: readonly string[]; asOf?: string } = {},
): Promise<EvaluationRun> {
  const { db, clock } = deps;
  const asOf = options.asOf ?? todayInChina(clock.now());
  const single = options.projectIds?.length === 1 ? (options.projectIds[0] ?? null) : null;
  const log = await startEvaluation(db, asOf, single, clock.now());
  const calendarDays = await findCalendarDays(db);
  const calendar = new WorkingCalendar(calendarDays);
  const parameterRows = await findParameterRows(db, asOf);
  const out: EvaluationRun = { asOf, projects: 0, holding: 0, raised: 0, reraised: 0, cleared: 0 };
  // The next page is read while this one is evaluated and written.
  const load = async (after: string | null) => {
    const projects = await findProjectsPage(db, after, PAGE, options.projectIds);
    if (projects.length === 0) return null;
    const ids = projects.map((p) => p.id);
    const [facts, knownRows] = await Promise.all([
      findProjectFacts(db, ids, monthOf(asOf)),
      findAlertKeys(db, ids),
    ]);
    return { projects, ids, facts, knownRows };
  };
  let next = load(null);
  for (;;) {
    const page = await next;
    if (!page) break;
    const { projects, ids, facts, knownRows } = page;
    next = load(ids[ids.length - 1] ?? null);
    // Should this page fail, the read ahead is abandoned without an unhandled rejection.
    next.catch(() => undefined);
    const byProject = factsByProject(facts);
    const known = new Map<string, Known>(
      knownRows.map((a) => [`${a.project_id}|${a.code}|${a.subject_key}`, a]),
    );
    const found = new Set<string>();
    const fresh: NewAlert[] = [];
    const changed: Parameters<typeof updateHeld>[1][number][] = [];
    for (const project of projects) {
      const handling = parametersFor(parameterRows, project.region_path);
      const parameters = JSON.stringify(handling.rules);
      const parametersHash = createHash("sha256").update(parameters).digest("hex");
      const { alerts } = evaluateBundle(
        bundleOf(project, byProject.get(project.id) ?? NO_FACTS, asOf, calendarDays, handling.rules),
      );
      for (const alert of alerts) {
        const key = subjectKey(alert.subject);
        const deadline = calendar.addWorkingDays(asOf, handling.disposalWorkingDays[alert.severity]);
        const write = {
          severity: alert.severity,
          basis: alert.basis,
          message: alert.message,
          ruleset_version: RULESET_VERSION,
          parameters,
          parameters_hash: parametersHash,
        };
        const existing = known.get(`${project.id}|${alert.code}|${key}`);
        if (!existing) {
          fresh.push({
            ...write,
            project_id: project.id,
            code: alert.code,
            subject_key: key,
            subject: JSON.stringify(alert.subject),
            raised_on: asOf,
            deadline,
          });
          continue;
        }
        found.add(existing.id);
        const reraise =
          existing.status === "disposed" || existing.status === "closed"
            ? { from: existing.status, deadline }
            : null;
        const same =
          existing.holds &&
          existing.severity === write.severity &&
          existing.message === write.message &&
          existing.ruleset_version === write.ruleset_version &&
          existing.parameters_hash === write.parameters_hash;
        if (reraise || !same) changed.push({ ...write, id: existing.id, reraise });
      }
    }
    const cleared = knownRows.filter((a) => a.holds && !found.has(a.id)).map((a) => a.id);
    const now = clock.now();
    const write = async (trx: Kysely<Database>) => {
      await insertAlerts(trx, fresh, now);
      await updateHeld(trx, changed, asOf, now);
      await markCleared(trx, cleared);
    };
    // A page's writes are one transaction; within a request's transaction, they are part of it.
    if (db.isTransaction) await write(db);
    else await db.transaction().execute(write);
    out.projects += projects.length;
    out.raised += fresh.length;
    out.reraised += changed.filter((h) => h.reraise).length;
    out.cleared += cleared.length;
    out.holding += fresh.length + found.size;
  }
  const { asOf: _asOf, ...counts } = out;
  await finishEvaluation(db, log.id, counts, clock.now());
  return out;
}
