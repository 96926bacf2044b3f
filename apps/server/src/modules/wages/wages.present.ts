import type { ProjectSummary, projectInputSchema } from "@jiuye/contract/wage-projects";
import type { z } from "zod";
import type { findParties, ProjectRow, projectMonths } from "./wages.projects.repo.ts";

type Counts = { red: number; yellow: number; workers: number };
const num = (v: string | null) => (v === null ? null : Number(v));

export function presentProjectSummary(row: ProjectRow, counts: Counts | undefined): ProjectSummary {
  const c = counts ?? { red: 0, yellow: 0, workers: 0 };
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    regionCode: row.region_code,
    regionName: row.region_name,
    sector: row.sector,
    departmentId: row.department_id,
    departmentName: row.department_name,
    funding: row.funding,
    contractAmount: Number(row.contract_amount),
    startedOn: row.started_on,
    completedOn: row.completed_on,
    light: c.red > 0 ? "red" : c.yellow > 0 ? "yellow" : "green",
    openAlerts: { red: c.red, yellow: c.yellow },
    workers: c.workers,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The project as its registration form holds it (parties as written). */
export function presentProjectInput(
  row: ProjectRow,
  parties: Awaited<ReturnType<typeof findParties>>,
): z.output<typeof projectInputSchema> {
  return {
    code: row.code,
    name: row.name,
    regionCode: row.region_code,
    sector: row.sector,
    departmentId: row.department_id,
    funding: row.funding,
    contractAmount: Number(row.contract_amount),
    contractSignedOn: row.contract_signed_on,
    permitIssuedOn: row.permit_issued_on,
    startedOn: row.started_on,
    completedOn: row.completed_on,
    registeredOn: row.registered_on,
    siteBoardPublishedOn: row.site_board_published_on,
    laborOfficerAssigned: row.labor_officer_assigned,
    specialAccount: row.account_opened_on
      ? { bank: row.account_bank, openedOn: row.account_opened_on, agreementOn: row.account_agreement_on }
      : null,
    deposit:
      row.deposit_form || row.deposit_exempt
        ? {
            form: row.deposit_form,
            amount: num(row.deposit_amount),
            depositedOn: row.deposited_on,
            expiresOn: row.deposit_expires_on,
            exempt: row.deposit_exempt,
          }
        : null,
    parties: parties.map((p) => ({ role: p.role, name: p.name, creditCode: p.credit_code ?? "" })),
  };
}

export function presentMonths(rows: Awaited<ReturnType<typeof projectMonths>>) {
  return rows.map((m) => ({
    month: m.month,
    workersWorked: Number(m.workers_worked),
    payable: num(m.payable) ?? 0,
    paid: num(m.paid) ?? 0,
    workersUnpaid: Number(m.workers_unpaid),
    allocated: num(m.allocated) ?? 0,
  }));
}
