import { type Kysely, sql } from "kysely";

/**
 * Targets: the indicator catalogue; plans (工作要点) with their headline goals, target tables as the
 * annexes lay them out, tasks of departments and regions, and campaigns; targets per plan, indicator
 * and region or department, kept as written ("/" is not applicable, never 0; 2.35 万个 keeps its unit
 * beside its exact base value 23500); actual values per target and period; and the periodic reports
 * counties and departments submit, with their history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicators (
      code text primary key,
      name text not null,
      -- the unit actual values are kept in: 人, 人次, 个, 场次, 家, 项, %
      unit text not null,
      kind text not null check (kind in ('count', 'rate')),
      direction text not null check (direction in ('up', 'down')),
      -- what a bare figure means for this indicator
      comparator text not null check (comparator in ('at_least', 'about', 'at_most', 'exact')),
      -- how the documents expect actual values: counted from platform records, or reported
      source text not null check (source in ('computed', 'reported')),
      seq integer not null
    );

    create table plans (
      id uuid primary key default gen_random_uuid(),
      key text not null unique,
      title text not null,
      issuer text,
      document_number text,
      issued_on date,
      status text not null check (status in ('issued', 'draft')),
      region_code text not null references regions(code),
      -- the first year of the period
      year smallint not null,
      period_from date not null,
      period_to date not null,
      -- the document the plan was taken from (a file under shared/seeds, or an imported workbook)
      source text not null,
      -- reporting duties as the document states them (cadence, due day, by whom)
      reporting jsonb not null default '[]',
      -- overall ranking: weight per indicator code (absent: 1, 0: left out)
      weights jsonb not null default '{}',
      -- percentage points behind 序时进度 that are still yellow
      margin_points numeric(5, 2) not null default 5 check (margin_points between 0 and 100),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check (period_to >= period_from),
      check (year = extract(year from period_from))
    );

    -- Headline goals of the text; quantified ones carry an indicator and the cell as written
    create table plan_goals (
      plan_id uuid not null references plans(id) on delete cascade,
      position smallint not null,
      text text not null,
      indicator_code text references indicators(code),
      written text,
      value numeric,
      unit text,
      base_value numeric,
      comparator text check (comparator in ('at_least', 'about', 'at_most', 'exact')),
      -- a rate of recurrence: 年 (每年), 月, 村 (1村1名)
      per text,
      primary key (plan_id, position),
      check ((indicator_code is null) = (written is null))
    );

    -- The annex tables as laid out: columns are indicators, rows regions (the 合计 row marked total)
    create table plan_tables (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id) on delete cascade,
      annex text not null,
      title text not null,
      -- the 单位 line
      unit text not null,
      position smallint not null,
      unique (plan_id, annex)
    );

    create table plan_table_columns (
      table_id uuid not null references plan_tables(id) on delete cascade,
      position smallint not null,
      indicator_code text not null references indicators(code),
      -- merged header rows joined by /
      header text not null,
      -- the column's own unit when its header gives one
      unit text,
      primary key (table_id, position)
    );

    create table plan_table_rows (
      table_id uuid not null references plan_tables(id) on delete cascade,
      position smallint not null,
      region_code text not null references regions(code),
      -- the region as the table writes it (木垒县, 准东开发区, 合计)
      label text not null,
      total boolean not null default false,
      primary key (table_id, position),
      unique (table_id, region_code)
    );

    -- Tasks of departments (附件3) and of every county-level unit (附件2), text as written
    create table plan_tasks (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id) on delete cascade,
      annex text not null,
      department_id uuid references organisations(id),
      region_code text references regions(code),
      no smallint not null,
      text text not null,
      -- why the text is shorter than the document's
      edited text,
      check ((department_id is null) <> (region_code is null))
    );
    create index plan_tasks_plan_idx on plan_tasks (plan_id, department_id, no);

    create table plan_targets (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id) on delete cascade,
      indicator_code text not null references indicators(code),
      region_code text references regions(code),
      department_id uuid references organisations(id),
      -- where the target is stated: an annex table, or a task
      table_id uuid references plan_tables(id) on delete set null,
      task_id uuid references plan_tasks(id) on delete set null,
      -- the cell as written (2.35, /, 不低于 98%)
      written text not null,
      -- false for / and dashes: no target for this unit, which is not 0
      applicable boolean not null,
      -- the figure and its unit as written (2.35 万个), and the figure in the unit's base (23500)
      value numeric,
      unit text,
      base_value numeric,
      comparator text check (comparator in ('at_least', 'about', 'at_most', 'exact')),
      per text,
      check ((region_code is null) <> (department_id is null)),
      check (applicable = (value is not null)),
      check ((value is null) = (unit is null) and (value is null) = (base_value is null)),
      check ((value is null) = (comparator is null))
    );
    create unique index plan_targets_region_idx on plan_targets (plan_id, indicator_code, region_code)
      where region_code is not null;
    create unique index plan_targets_department_idx on plan_targets (plan_id, indicator_code, department_id)
      where department_id is not null;

    -- 附件4: one row per run of a campaign (区内, 区外), months read from the time as written
    create table plan_campaigns (
      plan_id uuid not null references plans(id) on delete cascade,
      no smallint not null,
      run smallint not null,
      scope text not null,
      name text not null,
      label text,
      time_text text,
      months smallint[] not null default '{}',
      organisers text not null,
      -- the departments named among the organisers
      department_ids uuid[] not null default '{}',
      -- where the launch is held (启动仪式承办县市)
      host_codes text[] not null default '{}',
      host_note text,
      note text,
      primary key (plan_id, no, run)
    );

    -- A county's monthly or a department's quarterly report of actual values
    create table plan_reports (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id) on delete cascade,
      period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
      region_code text references regions(code),
      department_id uuid references organisations(id),
      deadline date not null,
      status text not null check (status in ('draft', 'submitted', 'returned', 'approved')),
      note text,
      submitted_at timestamptz,
      submitted_by uuid references users(id),
      reviewed_at timestamptz,
      reviewed_by uuid references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      check ((region_code is null) <> (department_id is null))
    );
    create unique index plan_reports_region_idx on plan_reports (plan_id, period, region_code)
      where region_code is not null;
    create unique index plan_reports_department_idx on plan_reports (plan_id, period, department_id)
      where department_id is not null;

    create table plan_report_events (
      id bigint generated always as identity primary key,
      report_id uuid not null references plan_reports(id) on delete cascade,
      at timestamptz not null,
      actor_id uuid references users(id),
      actor_name text,
      from_status text,
      to_status text not null,
      note text
    );
    create index plan_report_events_report_idx on plan_report_events (report_id, id);

    -- Actual values: counts are cumulative from the start of the year to the end of the period
    create table plan_actuals (
      id bigint generated always as identity primary key,
      target_id uuid not null references plan_targets(id) on delete cascade,
      period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
      -- in the indicator's unit
      value numeric not null check (value >= 0),
      source text not null check (source in ('computed', 'reported')),
      report_id uuid references plan_reports(id) on delete cascade,
      recorded_by uuid references users(id),
      recorded_by_name text,
      recorded_at timestamptz not null,
      unique (target_id, period, source)
    );
    create index plan_actuals_report_idx on plan_actuals (report_id);
  `.execute(db);
}
