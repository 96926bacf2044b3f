import { type Kysely, sql } from "kysely";

/**
 * Bulletins: the 周通报 and 月排名 of a plan, generated on schedule or on demand, kept with their
 * three files (.docx, .pdf, .xlsx). One per plan, kind and period: generating again replaces the files.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table bulletins (
      id uuid primary key default gen_random_uuid(),
      plan_id uuid not null references plans(id) on delete cascade,
      kind text not null check (kind in ('weekly', 'monthly')),
      -- 2026-W26 for a week (ISO), 2026-06 for a month
      period text not null,
      -- the day the figures stand on: the week's Sunday, the month's last day
      as_of date not null,
      title text not null,
      docx bytea not null,
      pdf bytea not null,
      xlsx bytea not null,
      generated_at timestamptz not null,
      -- null when the schedule made it
      generated_by uuid references users(id),
      unique (plan_id, kind, period)
    );
    create index bulletins_plan_idx on bulletins (plan_id, as_of desc);
  `.execute(db);
}
