import type { Bulletin, BulletinFormat } from "@jiuye/contract/bulletins";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import type { PlanScope } from "../targets/targets.access.ts";
import { planProgress } from "../targets/targets.progress.ts";
import type { PlanRow } from "../targets/targets.repo.ts";
import { listReports } from "../targets/targets.reports.ts";
import { readablePlan } from "../targets/targets.service.ts";
import { bulletinPolicy } from "./bulletins.access.ts";
import { type BulletinInput, bulletinDocument } from "./bulletins.content.ts";
import { addDays, bulletinPeriod, monthOf } from "./bulletins.periods.ts";
import { bulletinDocx, bulletinPdf, bulletinXlsx } from "./bulletins.render.ts";
import {
  type BulletinSummaryRow,
  findBulletinFile,
  findBulletins,
  upsertBulletin,
} from "./bulletins.repo.ts";

type BulletinDeps = Pick<Deps, "db" | "regions" | "clock">;

export function presentBulletin(row: BulletinSummaryRow): Bulletin {
  return {
    id: row.id,
    planId: row.plan_id,
    kind: row.kind,
    period: row.period,
    asOf: row.as_of,
    title: row.title,
    generatedAt: row.generated_at.toISOString(),
    generatedBy: row.generated_by_name,
    sizes: { docx: Number(row.docx_size), pdf: Number(row.pdf_size), xlsx: Number(row.xlsx_size) },
  };
}

/** The plan's own office: whose view of the plan (every county) a bulletin is written from. */
function planOffice(deps: BulletinDeps, plan: PlanRow): Actor {
  return {
    id: "00000000-0000-0000-0000-000000000000",
    username: "bulletins",
    displayName: "bulletins",
    role: "leadership",
    regionCode: plan.region_code,
    regionPath: deps.regions.get(plan.region_code)?.path ?? null,
    organisationId: null,
    sessionIdHash: "",
    csrfToken: "",
    mustChangePassword: false,
  };
}

/** The month whose county reports a bulletin lists: the bulletin's month, or for a week the month before. */
function reportMonth(kind: Bulletin["kind"], asOf: string): string {
  return kind === "monthly" ? monthOf(asOf).period : monthOf(addDays(monthOf(asOf).from, -1)).period;
}

/**
 * Writes a plan's 周通报 or 月排名 for the week or month holding `on` (default: the last one ended),
 * with the figures as they stand at its end (or today, for a period not yet over), and keeps it.
 */
export async function generatePlanBulletin(
  deps: BulletinDeps,
  opts: { plan: PlanRow; kind: Bulletin["kind"]; on?: string; generatedBy: string | null },
): Promise<Bulletin> {
  const today = todayInChina(deps.clock.now());
  const { period, to } = bulletinPeriod(opts.kind, today, opts.on);
  const asOf = to < today ? to : today;
  const office = planOffice(deps, opts.plan);
  const progress = await planProgress(deps, { actor: office, plan: opts.plan, on: asOf });
  const month = reportMonth(opts.kind, asOf);
  const inPlan = month >= opts.plan.period_from.slice(0, 7) && month <= opts.plan.period_to.slice(0, 7);
  const reports = inPlan
    ? await listReports(deps, { actor: office, plan: opts.plan, period: month })
    : { period: month, deadline: "", items: [] };
  const input: BulletinInput = {
    kind: opts.kind,
    period,
    progress,
    reports: {
      period: reports.period,
      deadline: reports.deadline,
      items: reports.items.map((i) => ({ reporter: i.reporter.name, missing: i.missing, late: i.late })),
    },
  };
  const doc = bulletinDocument(input);
  const [docx, pdf, xlsx] = await Promise.all([bulletinDocx(doc), bulletinPdf(doc), bulletinXlsx(doc)]);
  const row = await upsertBulletin(deps.db, {
    plan_id: opts.plan.id,
    kind: opts.kind,
    period,
    as_of: asOf,
    title: doc.title,
    docx,
    pdf,
    xlsx,
    generated_at: deps.clock.now(),
    generated_by: opts.generatedBy,
  });
  return presentBulletin(row);
}

/** The plan if the caller may read its bulletins, with its scope. */
export async function bulletinPlan(
  deps: BulletinDeps,
  actor: Actor,
  planId: string,
  rule: (typeof bulletinPolicy)[keyof typeof bulletinPolicy],
): Promise<{ plan: PlanRow; scope: PlanScope }> {
  const found = await readablePlan(deps, actor, planId);
  authorize(rule, actor, found.scope);
  return found;
}

export async function listPlanBulletins(deps: BulletinDeps, opts: { actor: Actor; planId: string }) {
  const { plan } = await bulletinPlan(deps, opts.actor, opts.planId, bulletinPolicy.read);
  return (await findBulletins(deps.db, plan.id)).map(presentBulletin);
}

const CONTENT_TYPES: Record<BulletinFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** One of a bulletin's files, if the caller may read the plan's bulletins. */
export async function bulletinFile(
  deps: BulletinDeps,
  opts: { actor: Actor; id: string; format: BulletinFormat },
): Promise<{ body: Buffer; contentType: string; filename: string }> {
  const found = await findBulletinFile(deps.db, opts.id, opts.format);
  if (!found) throw new AppError("BULLETINS_NOT_FOUND", "No such bulletin");
  const { plan } = await bulletinPlan(deps, opts.actor, found.plan_id, bulletinPolicy.read);
  return {
    body: found.file,
    contentType: CONTENT_TYPES[opts.format],
    filename: `${plan.key}-${found.period}.${opts.format}`,
  };
}
