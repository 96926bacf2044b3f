import { randomUUID } from "node:crypto";
import { pick, type Random } from "../lib/random.ts";

/** Counties of Changji the generated projects lie in. */
export const COUNTIES = ["652301", "652302", "652323", "652324", "652325", "652327", "652328"];
export const MONTHS = ["2026-03", "2026-04"];

export interface GeneratedScale {
  projects: number;
  workersPerProject: number;
  /** Share of worker-months left unpaid (WA07). */
  unpaidShare: number;
}

/**
 * Rows of the wage tables as CSV lines for COPY: projects (contract, account, deposit all in order),
 * workers (each works one of the closed months), one attendance and one payroll row per worker,
 * an allocation per project and month. Deterministic for a seed.
 */
export function* generateRows(r: Random, scale: GeneratedScale, departmentIds: readonly string[]) {
  for (let p = 0; p < scale.projects; p++) {
    const projectId = randomUUID();
    const amount = 3_000_000 + Math.floor(r() * 50_000_000);
    const rate = amount < 10_000_000 ? 0.03 : 0.02;
    // A few projects with small faults: no site board, a short deposit, no labour officer.
    const board = r() < 0.97 ? "2026-03-01" : "";
    const officer = r() < 0.97 ? "t" : "f";
    const deposit = Math.round(amount * rate * (r() < 0.97 ? 1 : 0.5));
    yield {
      table: "wage_projects" as const,
      line: [
        projectId,
        `BENCH-${p}`,
        `项目${p}`,
        pick(r, COUNTIES),
        "housing",
        pick(r, departmentIds),
        "government",
        amount,
        "2026-01-10",
        "2026-02-02",
        "2026-03-01",
        "2026-02-20",
        board,
        officer,
        "2026-01-25",
        "cash",
        deposit,
        "2026-02-20",
      ].join(","),
    };
    const workers = Math.max(1, Math.round(scale.workersPerProject * (0.5 + r())));
    for (let w = 0; w < workers; w++) {
      const workerId = randomUUID();
      const month = pick(r, MONTHS);
      const unpaid = r() < scale.unpaidShare;
      yield {
        table: "wage_workers" as const,
        line: [workerId, projectId, `W${w}`, `工人${w}`, "t", "t", "2026-03-01"].join(","),
      };
      yield {
        table: "wage_attendance" as const,
        line: [workerId, projectId, month, 20 + Math.floor(r() * 6)].join(","),
      };
      const paidOn = month === "2026-03" ? "2026-04-15" : "2026-05-15";
      yield {
        table: "wage_payroll" as const,
        line: [
          workerId,
          projectId,
          month,
          month,
          6000,
          unpaid ? 0 : 6000,
          unpaid ? "" : paidOn,
          "t",
          "t",
        ].join(","),
      };
    }
    for (const month of MONTHS)
      yield {
        table: "wage_allocations" as const,
        line: [projectId, month, month, 500_000, `${month}-28`].join(","),
      };
  }
}

export const COPY_COLUMNS = {
  wage_projects:
    "id, code, name, region_code, sector, department_id, funding, contract_amount, contract_signed_on, permit_issued_on, started_on, registered_on, site_board_published_on, labor_officer_assigned, account_opened_on, deposit_form, deposit_amount, deposited_on",
  wage_workers: "id, project_id, worker_key, name, contract_signed, real_name_verified, entered_on",
  wage_attendance: "worker_id, project_id, month, days",
  wage_payroll:
    "worker_id, project_id, month, row_key, payable, paid, paid_on, via_special_account, worker_signed",
  wage_allocations: "project_id, month, row_key, amount, allocated_on",
} as const;
