import { type Kysely, sql } from "kysely";

/** Regions, organisations, accounts, sessions, the append-only audit log and the task queue. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table regions (
      code text primary key,
      name text not null,
      level smallint not null check (level between 1 and 5),
      parent_code text references regions(code),
      kind text not null check (kind in ('gb2260', 'zone')),
      path text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index regions_parent_idx on regions (parent_code);
    create index regions_path_idx on regions (path text_pattern_ops);

    create table organisations (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('employer', 'department', 'agency')),
      name text not null,
      credit_code text unique,
      region_code text not null references regions(code),
      verified boolean not null default false,
      seq integer,
      created_at timestamptz not null default now(),
      check (kind = 'department' or credit_code is not null)
    );
    create index organisations_region_idx on organisations (region_code);
    create unique index organisations_department_name_idx on organisations (region_code, name) where kind = 'department';

    create table users (
      id uuid primary key default gen_random_uuid(),
      username text not null,
      display_name text not null,
      password_hash text not null,
      role text not null check (role in ('seeker', 'employer', 'staff', 'department', 'leadership', 'admin')),
      region_code text references regions(code),
      organisation_id uuid references organisations(id),
      failed_logins integer not null default 0,
      locked_until timestamptz,
      must_change_password boolean not null default false,
      password_changed_at timestamptz not null default now(),
      consent_at timestamptz,
      consent_purpose text,
      created_at timestamptz not null default now(),
      check (role not in ('staff', 'department', 'leadership', 'admin') or region_code is not null),
      check (role not in ('employer', 'department') or organisation_id is not null)
    );
    create unique index users_username_idx on users (lower(username));

    create table sessions (
      id_hash text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      client_address text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions (user_id);
    create index sessions_expiry_idx on sessions (expires_at);

    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_id uuid,
      actor_name text,
      actor_role text,
      actor_region_path text,
      action text not null,
      record_type text,
      record_id text,
      client_address text,
      outcome text not null check (outcome in ('ok', 'denied', 'failed')),
      details jsonb
    );
    create index audit_log_at_idx on audit_log (at desc, id desc);
    create index audit_log_record_idx on audit_log (record_type, record_id);
    create index audit_log_actor_idx on audit_log (actor_name, at desc);
    create index audit_log_region_idx on audit_log (actor_region_path text_pattern_ops);

    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end
    $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_is_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_is_append_only();

    create table tasks (
      id bigint generated always as identity primary key,
      name text not null,
      payload jsonb not null,
      status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
      run_at timestamptz not null default now(),
      attempts integer not null default 0,
      max_attempts integer not null default 5,
      last_error text,
      locked_until timestamptz,
      dedupe_key text,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index tasks_due_idx on tasks (run_at) where status in ('queued', 'running');
    create unique index tasks_dedupe_idx on tasks (dedupe_key) where status in ('queued', 'running');

    create table task_schedules (
      name text primary key,
      cron text not null,
      task_name text not null,
      last_run_at timestamptz,
      next_run_at timestamptz not null
    );
  `.execute(db);
}
