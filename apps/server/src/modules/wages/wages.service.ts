import type { factsInputSchema, projectInputSchema } from "@jiuye/contract/wage-projects";
import { validateIdNumber } from "@jiuye/identifiers/gb11643";
import type { z } from "zod";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { AppError } from "../../lib/errors.ts";
import { piiCipher } from "../../lib/pii.ts";
import { resolveEmployers } from "../job-intake/job-intake.employers.ts";
import { findOrganisationById } from "../organisations/organisations.repo.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { type ProjectScope, projectPolicy } from "./wages.access.ts";
import { upsertAllocations, upsertAttendance, upsertPayroll, upsertWorkers } from "./wages.facts.repo.ts";
import { presentProjectSummary } from "./wages.present.ts";
import {
  findParties,
  findProjectRow,
  type ProjectRow,
  projectCounts,
  replaceParties,
  upsertProjectRow,
  workerIdsByKey,
} from "./wages.projects.repo.ts";

type ProjectFields = z.output<typeof projectInputSchema>;
export type Facts = z.output<typeof factsInputSchema>;
type Issue = { path: string; message: string };

function refuse(issues: Issue[]): never {
  throw new AppError("VALIDATION_FAILED", `${issues.length} value(s) are wrong; nothing was saved`, issues);
}

export async function loadProject(
  deps: Pick<Deps, "db">,
  id: string,
): Promise<{ row: ProjectRow; scope: ProjectScope }> {
  const row = await findProjectRow(deps.db, id);
  if (!row) throw new AppError("WAGES_PROJECT_NOT_FOUND", "No such project");
  const parties = await findParties(deps.db, id);
  return {
    row,
    scope: {
      regionPath: row.region_path,
      departmentId: row.department_id,
      partyIds: parties.map((p) => p.organisation_id),
    },
  };
}

/** Registers a project or, with a code already known, updates it; parties are found or registered by credit code. */
export async function upsertWageProject(deps: Deps, actor: Actor, input: ProjectFields) {
  const region = requireRegion(deps.regions, input.regionCode);
  const department = await findOrganisationById(deps.db, input.departmentId);
  if (department?.kind !== "department")
    throw new AppError("WAGES_DEPARTMENT_UNKNOWN", "departmentId is not a department", [
      { path: "$.departmentId", message: "not a sector department on the platform" },
    ]);
  const issues: Issue[] = [];
  const deposit = input.deposit;
  if (deposit && !deposit.exempt)
    for (const key of ["form", "amount", "depositedOn"] as const)
      if (deposit[key] === null)
        issues.push({ path: `$.deposit.${key}`, message: "required unless the deposit is exempt" });
  const resolved = await resolveEmployers(
    deps.db,
    input.parties.map((p) => ({ name: p.name, creditCode: p.creditCode, regionCode: input.regionCode })),
  );
  for (const i of resolved.invalid)
    issues.push({ path: `$.parties[${i}].creditCode`, message: "fails the GB 32100 check" });
  if (issues.length > 0) refuse(issues);
  const parties = input.parties.map((p, i) => {
    const org = resolved.employerAt(i);
    if (!org) throw new Error(`party ${p.creditCode} was not resolved`);
    return { role: p.role, organisationId: org.id };
  });
  const existing = await deps.db
    .selectFrom("wage_projects")
    .select("id")
    .where("code", "=", input.code)
    .executeTakeFirst();
  if (existing) authorize(projectPolicy.feed, actor, (await loadProject(deps, existing.id)).scope);
  authorize(projectPolicy.feed, actor, {
    regionPath: region.path,
    departmentId: input.departmentId,
    partyIds: parties.map((p) => p.organisationId),
  });
  const written = await upsertProjectRow(
    deps.db,
    {
      code: input.code,
      name: input.name,
      region_code: input.regionCode,
      sector: input.sector,
      department_id: input.departmentId,
      funding: input.funding,
      contract_amount: input.contractAmount,
      contract_signed_on: input.contractSignedOn,
      permit_issued_on: input.permitIssuedOn,
      started_on: input.startedOn,
      completed_on: input.completedOn,
      registered_on: input.registeredOn,
      site_board_published_on: input.siteBoardPublishedOn,
      labor_officer_assigned: input.laborOfficerAssigned,
      account_bank: input.specialAccount?.bank ?? null,
      account_opened_on: input.specialAccount?.openedOn ?? null,
      account_agreement_on: input.specialAccount?.agreementOn ?? null,
      deposit_form: deposit?.form ?? null,
      deposit_amount: deposit?.amount ?? null,
      deposited_on: deposit?.depositedOn ?? null,
      deposit_expires_on: deposit?.expiresOn ?? null,
      deposit_exempt: deposit?.exempt ?? false,
    },
    deps.clock.now(),
  );
  await replaceParties(deps.db, written.id, parties);
  const row = await findProjectRow(deps.db, written.id);
  if (!row) throw new Error("the project just written is gone");
  return {
    project: presentProjectSummary(row, (await projectCounts(deps.db, [row.id])).get(row.id)),
    created: written.inserted,
  };
}

/** Checks a push against itself and the stored roster; every problem with its JSON path. */
function checkFacts(facts: Facts, roster: ReadonlyMap<string, string>, today: string): Issue[] {
  const issues: Issue[] = [];
  const pushed = new Map<string, number>();
  facts.workers.forEach((w, i) => {
    const first = pushed.get(w.id);
    if (first !== undefined)
      issues.push({
        path: `$.workers[${i}].id`,
        message: `worker ${w.id} is already given at $.workers[${first}]`,
      });
    pushed.set(w.id, i);
    if (w.idNumber !== null) {
      const check = validateIdNumber(w.idNumber.toUpperCase(), today);
      if (!check.ok) issues.push({ path: `$.workers[${i}].idNumber`, message: "fails the GB 11643 check" });
    }
    if (w.exitedOn !== null && w.exitedOn < w.enteredOn)
      issues.push({ path: `$.workers[${i}].exitedOn`, message: "a worker cannot leave before entering" });
  });
  const known = (id: string) => pushed.has(id) || roster.has(id);
  const once = (label: string, keys: string[]) => {
    const seen = new Map<string, number>();
    keys.forEach((key, i) => {
      const first = seen.get(key);
      if (first !== undefined)
        issues.push({
          path: `$.${label}[${i}]`,
          message: `the same row as $.${label}[${first}]; give rowKey to send several`,
        });
      seen.set(key, i);
    });
  };
  facts.attendance.forEach((a, i) => {
    if (!known(a.workerId))
      issues.push({ path: `$.attendance[${i}].workerId`, message: `no worker ${a.workerId} on the roster` });
  });
  facts.payroll.forEach((p, i) => {
    if (!known(p.workerId))
      issues.push({ path: `$.payroll[${i}].workerId`, message: `no worker ${p.workerId} on the roster` });
  });
  once(
    "attendance",
    facts.attendance.map((a) => `${a.workerId}|${a.month}`),
  );
  once(
    "payroll",
    facts.payroll.map((p) => `${p.workerId}|${p.rowKey ?? p.month}`),
  );
  once(
    "laborCostAllocations",
    facts.laborCostAllocations.map((a) => a.rowKey ?? a.month),
  );
  return issues;
}

/**
 * Upserts a project's roster, attendance, payroll and allocations: the roster by the sender's worker
 * id, attendance by worker and month, payroll and allocations by row key (the month when none is
 * given). All or nothing: a push with any bad value is refused with every problem located.
 */
export async function pushProjectFacts(deps: Deps, actor: Actor, projectId: string, facts: Facts) {
  const { scope } = await loadProject(deps, projectId);
  authorize(projectPolicy.feed, actor, scope);
  const issues = await checkProjectFacts(deps, projectId, facts);
  if (issues.length > 0) refuse(issues);
  return writeProjectFacts(deps, projectId, facts);
}

/** Every problem of a push against itself and the stored roster, with its JSON path. */
export async function checkProjectFacts(deps: Deps, projectId: string, facts: Facts): Promise<Issue[]> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  return checkFacts(facts, await workerIdsByKey(deps.db, projectId), today);
}

/** Writes checked facts; see `pushProjectFacts`. */
export async function writeProjectFacts(deps: Deps, projectId: string, facts: Facts) {
  const pii = piiCipher(deps.config.secret);
  const workers = await upsertWorkers(
    deps.db,
    facts.workers.map((w) => {
      const idNumber = w.idNumber?.toUpperCase() ?? null;
      return {
        project_id: projectId,
        worker_key: w.id,
        name: w.name,
        id_number_enc: idNumber ? pii.encrypt("id_number", idNumber) : null,
        id_number_hash: idNumber ? pii.lookupHash("id_number", idNumber) : null,
        contract_signed: w.contractSigned,
        real_name_verified: w.realNameVerified,
        entered_on: w.enteredOn,
        exited_on: w.exitedOn,
        exit_settlement_confirmed_on: w.exitSettlementConfirmedOn,
      };
    }),
  );
  const ids = await workerIdsByKey(deps.db, projectId);
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`worker ${key} vanished`);
    return id;
  };
  const attendance = await upsertAttendance(
    deps.db,
    facts.attendance.map((a) => ({
      worker_id: idOf(a.workerId),
      project_id: projectId,
      month: a.month,
      days: a.days,
    })),
  );
  const payroll = await upsertPayroll(
    deps.db,
    facts.payroll.map((p) => ({
      worker_id: idOf(p.workerId),
      project_id: projectId,
      month: p.month,
      row_key: p.rowKey ?? p.month,
      payable: p.payable,
      paid: p.paid,
      paid_on: p.paidOn,
      via_special_account: p.viaSpecialAccount,
      worker_signed: p.workerSigned,
    })),
  );
  const laborCostAllocations = await upsertAllocations(
    deps.db,
    facts.laborCostAllocations.map((a) => ({
      project_id: projectId,
      month: a.month,
      row_key: a.rowKey ?? a.month,
      amount: a.amount,
      allocated_on: a.allocatedOn,
    })),
  );
  return { workers, attendance, payroll, laborCostAllocations };
}
