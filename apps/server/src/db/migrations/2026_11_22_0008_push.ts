import { type Kysely, sql } from "kysely";

/**
 * Push: each registered person's push preferences (on unless they turn it off or unsubscribe by a
 * message's link), the runs of the daily push and of staff pushes to a group with their counts,
 * the postings pushed to each person (a posting reaches a person once), messages held until a
 * person's quiet hours end, and the unsubscribe link every message carries. Erasing a person
 * removes their preferences, pushes and held messages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- a person without a row has the defaults: pushes on, 5 a day, quiet 22:00–08:00 China time
    create table push_settings (
      person_id uuid primary key references people(id) on delete cascade,
      enabled boolean not null,
      daily_cap smallint not null check (daily_cap between 1 and 20),
      -- China time, HH:MM; equal start and end: no quiet hours
      quiet_start text not null check (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      quiet_end text not null check (quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      -- how pushes were last turned off: in the settings, or by the link in a message
      turned_off_via text check (turned_off_via in ('settings', 'link')),
      updated_at timestamptz not null
    );

    create table push_runs (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('daily', 'group')),
      -- China date of the run: the day the daily cap counts
      run_on date not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      -- a staff push to a group: who, to which region, with which filter and postings
      created_by uuid references users(id),
      region_code text references regions(code),
      filter jsonb,
      posting_ids text[] not null default '{}',
      people_considered integer not null default 0,
      messages_sent integer not null default 0,
      messages_held integer not null default 0,
      postings_pushed integer not null default 0,
      skipped_unsubscribed integer not null default 0,
      skipped_capped integer not null default 0,
      skipped_sent_today integer not null default 0,
      check ((kind = 'group') = (region_code is not null))
    );
    create index push_runs_started_idx on push_runs (started_at desc, id desc);

    create table push_log (
      person_id uuid not null references people(id) on delete cascade,
      posting_id uuid not null references job_postings(id) on delete cascade,
      run_id uuid not null references push_runs(id),
      via text not null check (via in ('daily', 'group')),
      pushed_on date not null,
      -- the match score when the daily push chose it; null for a staff push
      score smallint,
      primary key (person_id, posting_id)
    );
    create index push_log_day_idx on push_log (person_id, pushed_on);
    create index push_log_run_idx on push_log (run_id);

    -- messages waiting for a person's quiet hours to end; delivered (and deleted) by the flush
    create table push_held (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references people(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      kind text not null check (kind in ('match', 'group_push')),
      title text not null,
      body text not null,
      posting_ids text[] not null,
      link text,
      unsubscribe_link text not null,
      dedupe_key text not null,
      created_at timestamptz not null,
      deliver_after timestamptz not null,
      unique (user_id, dedupe_key)
    );
    create index push_held_due_idx on push_held (deliver_after);

    -- the daily push walks the seekers with an account by place, so neighbours share retrievals
    create index people_push_idx on people (region_code, id) where user_id is not null;

    -- where a message's reader turns such messages off without logging in
    alter table inbox_messages add column unsubscribe_link text;
  `.execute(db);
}
