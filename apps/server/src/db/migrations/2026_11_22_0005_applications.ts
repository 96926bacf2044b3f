import { type Kysely, sql } from "kysely";

/**
 * The in-app inbox; one-click applications with their history; employers' invitations to apply;
 * and placements, one row per confirmed hire. Erasing a person removes their applications and
 * invitations; their placements stay, without the link to them, for the statistics.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table inbox_messages (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      kind text not null check (kind in ('match', 'group_push', 'application', 'invitation')),
      title text not null,
      body text not null,
      posting_ids text[] not null default '{}',
      link text,
      created_at timestamptz not null,
      read_at timestamptz,
      -- the channel that delivered it; SMS or WeChat may come beside the in-app inbox
      channel text not null default 'in_app',
      -- a message with the same key is delivered to a user once
      dedupe_key text,
      unique (user_id, dedupe_key)
    );
    create index inbox_messages_user_idx on inbox_messages (user_id, created_at desc, id desc);

    create table applications (
      id uuid primary key default gen_random_uuid(),
      posting_id uuid not null references job_postings(id),
      person_id uuid not null references people(id) on delete cascade,
      status text not null check (status in ('submitted', 'viewed', 'interview', 'offer', 'hired', 'rejected', 'withdrawn')),
      origin text not null check (origin in ('apply', 'invitation')),
      -- the seeker's short message to the employer
      note text check (char_length(note) <= 500),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (posting_id, person_id)
    );
    create index applications_posting_idx on applications (posting_id, status);
    create index applications_person_idx on applications (person_id);

    create table application_events (
      id bigint generated always as identity primary key,
      application_id uuid not null references applications(id) on delete cascade,
      from_status text,
      to_status text not null,
      at timestamptz not null,
      actor_id uuid references users(id),
      actor_name text,
      note text
    );
    create index application_events_application_idx on application_events (application_id, id);

    create table invitations (
      id uuid primary key default gen_random_uuid(),
      posting_id uuid not null references job_postings(id),
      person_id uuid not null references people(id) on delete cascade,
      invited_by uuid not null references users(id),
      created_at timestamptz not null,
      answered_at timestamptz,
      answer text check (answer in ('accepted', 'declined')),
      unique (posting_id, person_id),
      check ((answer is null) = (answered_at is null))
    );
    create index invitations_person_idx on invitations (person_id, created_at desc);

    -- One row per confirmed hire: what the targets module counts for the placement indicators
    -- (by the person's region of residence, the employer and the day). The person link goes when
    -- the person's record is erased; the row and its count stay.
    create table placements (
      id bigint generated always as identity primary key,
      person_id uuid references people(id) on delete set null,
      posting_id uuid not null references job_postings(id),
      application_id uuid unique references applications(id) on delete set null,
      region_code text not null references regions(code),
      employer_id uuid not null references organisations(id),
      placed_on date not null,
      -- what the person was when hired, for 失业人员再就业 and 就业困难人员实现就业
      registered_unemployed boolean not null,
      hardship boolean not null,
      recorded_at timestamptz not null
    );
    create index placements_region_idx on placements (region_code, placed_on);
  `.execute(db);
}
