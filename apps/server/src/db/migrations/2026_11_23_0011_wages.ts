import { type Kysely, sql } from "kysely";

/**
 * Wage-payment monitoring of construction projects (保障农民工工资支付条例): projects and their
 * parties, the wage special account, the guarantee deposit, the real-name roster (identity numbers
 * encrypted, found by keyed hashes), monthly attendance and payroll, labour-cost allocations; the
 * working-day calendar and rule parameters administrators maintain; the log of evaluations, and the
 * alerts they raise, with their handling. Every row that arrives by upload or API carries the
 * key the sender gave it, so sending the same facts again changes nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table wage_projects (
      id uuid primary key default gen_random_uuid(),
      -- the project's number on the platform or in the sender's system
      code text not null unique,
      name text not null,
      region_code text not null references regions(code),
      -- the 行业主管部门 that disposes its alerts
      sector text not null check (sector in ('housing', 'transport', 'water', 'energy', 'other')),
      department_id uuid not null references organisations(id),
      funding text not null check (funding in ('government', 'soe', 'social')),
      contract_amount numeric(16, 2) not null check (contract_amount >= 0),
      contract_signed_on date not null,
      permit_issued_on date,
      started_on date,
      completed_on date,
      registered_on date,
      site_board_published_on date,
      labor_officer_assigned boolean not null default false,
      account_bank text,
      account_opened_on date,
      account_agreement_on date,
      deposit_form text check (deposit_form in ('cash', 'bank_guarantee', 'insurance')),
      deposit_amount numeric(16, 2) check (deposit_amount >= 0),
      deposited_on date,
      deposit_expires_on date,
      deposit_exempt boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (deposit_exempt or (deposit_form is null) = (deposit_amount is null))
    );
    create index wage_projects_region_idx on wage_projects (region_code);
    create index wage_projects_department_idx on wage_projects (department_id);

    create table wage_project_parties (
      project_id uuid not null references wage_projects(id) on delete cascade,
      role text not null check (role in ('builder', 'general_contractor', 'subcontractor')),
      organisation_id uuid not null references organisations(id),
      primary key (project_id, role, organisation_id)
    );

    create table wage_workers (
      id uuid primary key default gen_random_uuid(),
      project_id uuid not null references wage_projects(id) on delete cascade,
      -- the worker's key in the sender's roster
      worker_key text not null,
      name text not null,
      id_number_enc text,
      id_number_hash text,
      contract_signed boolean not null,
      real_name_verified boolean not null,
      entered_on date not null,
      exited_on date,
      exit_settlement_confirmed_on date,
      unique (project_id, worker_key)
    );
    create index wage_workers_id_number_idx on wage_workers (id_number_hash);

    -- project_id repeats the worker's, so that a project's facts are read in one index range
    create table wage_attendance (
      worker_id uuid not null references wage_workers(id) on delete cascade,
      project_id uuid not null references wage_projects(id) on delete cascade,
      month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      days numeric(4, 1) not null check (days between 0 and 31),
      primary key (worker_id, month)
    );
    create index wage_attendance_project_idx on wage_attendance (project_id);

    -- several rows per worker and month are one (largest payable, paid summed as of the day evaluated)
    create table wage_payroll (
      id bigint generated always as identity primary key,
      worker_id uuid not null references wage_workers(id) on delete cascade,
      project_id uuid not null references wage_projects(id) on delete cascade,
      month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      -- the row's key in the sender's payroll sheet
      row_key text not null,
      payable numeric(12, 2) not null check (payable >= 0),
      paid numeric(12, 2) not null check (paid >= 0),
      paid_on date,
      via_special_account boolean not null,
      worker_signed boolean not null,
      unique (worker_id, row_key)
    );
    create index wage_payroll_project_idx on wage_payroll (project_id);

    create table wage_allocations (
      id bigint generated always as identity primary key,
      project_id uuid not null references wage_projects(id) on delete cascade,
      month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      row_key text not null,
      amount numeric(16, 2) not null check (amount >= 0),
      allocated_on date not null,
      unique (project_id, row_key)
    );

    -- days that differ from Monday–Friday: public and regional holidays, and make-up working days
    create table working_calendar (
      day date primary key,
      kind text not null check (kind in ('holiday', 'workday')),
      name text
    );

    -- rule parameters from a day on; region null applies everywhere, a region overrides it below
    create table wage_rule_parameters (
      id bigint generated always as identity primary key,
      region_code text references regions(code),
      effective_from date not null,
      parameters jsonb not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique nulls not distinct (region_code, effective_from)
    );

    create table wage_alerts (
      id uuid primary key default gen_random_uuid(),
      project_id uuid not null references wage_projects(id) on delete cascade,
      code text not null,
      -- workerId, month, complaintId as the rule names them; '' for the project
      subject_key text not null,
      subject jsonb not null,
      severity text not null check (severity in ('red', 'yellow')),
      basis text not null,
      message text not null,
      ruleset_version text not null,
      parameters jsonb not null,
      status text not null check (status in ('raised', 'acknowledged', 'disposed', 'closed')),
      -- whether the last evaluation of its project found it holding
      holds boolean not null default true,
      -- sha-256 of the parameters it was raised under, to see a change without reading them
      parameters_hash text not null,
      first_raised_on date not null,
      -- the current round: raised (or re-raised) on, and the day to dispose it by
      raised_on date not null,
      deadline date not null,
      times_raised integer not null default 1,
      -- 0: the county and the department; 1: the level above, and so on
      escalation_level smallint not null default 0,
      acknowledged_at timestamptz,
      disposed_at timestamptz,
      -- the China-time day of disposal, for on-time rates
      disposed_on date,
      closed_at timestamptz,
      unique (project_id, code, subject_key)
    );
    create index wage_alerts_open_idx on wage_alerts (deadline) where status in ('raised', 'acknowledged');
    create index wage_alerts_raised_idx on wage_alerts (raised_on);

    -- every evaluation: the day evaluated as of, when it ran, what it covered and found
    create table wage_evaluations (
      id uuid primary key default gen_random_uuid(),
      as_of date not null,
      -- null for every project (the daily run); otherwise the one project evaluated
      project_id uuid references wage_projects(id) on delete cascade,
      started_at timestamptz not null,
      finished_at timestamptz,
      projects integer not null default 0,
      holding integer not null default 0,
      raised integer not null default 0,
      reraised integer not null default 0,
      cleared integer not null default 0
    );
    create index wage_evaluations_started_idx on wage_evaluations (started_at desc);

    create table wage_alert_events (
      id bigint generated always as identity primary key,
      alert_id uuid not null references wage_alerts(id) on delete cascade,
      at timestamptz not null,
      actor_id uuid references users(id),
      from_status text,
      to_status text not null,
      note text,
      -- measures taken, evidence file names and the like
      details jsonb
    );
    create index wage_alert_events_alert_idx on wage_alert_events (alert_id, at);
  `.execute(db);
}
