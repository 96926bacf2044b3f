import type { ColumnType, Generated } from "kysely";

/** Tables of the wages module (migration 0011). Dates and numerics are read as strings. */

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Money = ColumnType<string, number | string, number | string>;

export type WageSector = "housing" | "transport" | "water" | "energy" | "other";
export type WageFunding = "government" | "soe" | "social";
export type WageDepositForm = "cash" | "bank_guarantee" | "insurance";
export type WagePartyRole = "builder" | "general_contractor" | "subcontractor";
export type WageAlertStatus = "raised" | "acknowledged" | "disposed" | "closed";

export interface WageProjectTable {
  id: Generated<string>;
  code: string;
  name: string;
  region_code: string;
  sector: WageSector;
  department_id: string;
  funding: WageFunding;
  contract_amount: Money;
  contract_signed_on: string;
  permit_issued_on: string | null;
  started_on: string | null;
  completed_on: string | null;
  registered_on: string | null;
  site_board_published_on: string | null;
  labor_officer_assigned: Defaulted<boolean>;
  account_bank: string | null;
  account_opened_on: string | null;
  account_agreement_on: string | null;
  deposit_form: WageDepositForm | null;
  deposit_amount: Money | null;
  deposited_on: string | null;
  deposit_expires_on: string | null;
  deposit_exempt: Defaulted<boolean>;
  created_at: Defaulted<Date>;
  updated_at: Defaulted<Date>;
}

export interface WagePartyTable {
  project_id: string;
  role: WagePartyRole;
  organisation_id: string;
}

export interface WageWorkerTable {
  id: Generated<string>;
  project_id: string;
  worker_key: string;
  name: string;
  id_number_enc: string | null;
  id_number_hash: string | null;
  contract_signed: boolean;
  real_name_verified: boolean;
  entered_on: string;
  exited_on: string | null;
  exit_settlement_confirmed_on: string | null;
}

export interface WageAttendanceTable {
  worker_id: string;
  project_id: string;
  month: string;
  days: ColumnType<string, number, number>;
}

export interface WagePayrollTable {
  id: Generated<string>;
  worker_id: string;
  project_id: string;
  month: string;
  row_key: string;
  payable: Money;
  paid: Money;
  paid_on: string | null;
  via_special_account: boolean;
  worker_signed: boolean;
}

export interface WageAllocationTable {
  id: Generated<string>;
  project_id: string;
  month: string;
  row_key: string;
  amount: Money;
  allocated_on: string;
}

export interface WorkingCalendarTable {
  day: string;
  kind: "holiday" | "workday";
  name: string | null;
}

export interface WageRuleParametersTable {
  id: Generated<string>;
  region_code: string | null;
  effective_from: string;
  parameters: ColumnType<Record<string, unknown>, string, string>;
  created_by: string | null;
  created_at: Defaulted<Date>;
}

export interface WageAlertTable {
  id: Generated<string>;
  project_id: string;
  code: string;
  subject_key: string;
  subject: ColumnType<Record<string, string>, string, string>;
  severity: "red" | "yellow";
  basis: string;
  message: string;
  ruleset_version: string;
  parameters: ColumnType<Record<string, unknown>, string, string>;
  status: WageAlertStatus;
  holds: Defaulted<boolean>;
  parameters_hash: string;
  first_raised_on: string;
  raised_on: string;
  deadline: string;
  times_raised: Defaulted<number>;
  escalation_level: Defaulted<number>;
  acknowledged_at: Timestamp | null;
  disposed_at: Timestamp | null;
  disposed_on: string | null;
  closed_at: Timestamp | null;
}

export interface WageEvaluationTable {
  id: Generated<string>;
  as_of: string;
  project_id: string | null;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  projects: Defaulted<number>;
  holding: Defaulted<number>;
  raised: Defaulted<number>;
  reraised: Defaulted<number>;
  cleared: Defaulted<number>;
}

export interface WageAlertEventTable {
  id: Generated<string>;
  alert_id: string;
  at: Timestamp;
  actor_id: string | null;
  from_status: WageAlertStatus | null;
  to_status: WageAlertStatus;
  note: string | null;
  details: ColumnType<Record<string, unknown> | null, string | null, string | null>;
}

export interface WageTables {
  wage_projects: WageProjectTable;
  wage_project_parties: WagePartyTable;
  wage_workers: WageWorkerTable;
  wage_attendance: WageAttendanceTable;
  wage_payroll: WagePayrollTable;
  wage_allocations: WageAllocationTable;
  working_calendar: WorkingCalendarTable;
  wage_rule_parameters: WageRuleParametersTable;
  wage_alerts: WageAlertTable;
  wage_evaluations: WageEvaluationTable;
  wage_alert_events: WageAlertEventTable;
}
