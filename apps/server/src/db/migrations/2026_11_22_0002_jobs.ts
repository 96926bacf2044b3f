import { type Kysely, sql } from "kysely";

/**
 * Occupation and industry catalogues; job postings with their sources, status history, near-
 * duplicate clusters and search tokens; feed sources; file imports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table occupations (
      code text primary key,
      name text not null,
      level smallint not null check (level between 1 and 4),
      parent_code text references occupations(code),
      green boolean not null default false,
      digital boolean not null default false
    );
    create index occupations_parent_idx on occupations (parent_code);

    create table industries (
      code text primary key,
      name text not null,
      level smallint not null check (level between 1 and 2),
      parent_code text references industries(code)
    );

    create table job_postings (
      id uuid primary key default gen_random_uuid(),
      title text not null,
      description text not null,
      requirements text,
      employer_id uuid not null references organisations(id),
      occupation_code text references occupations(code),
      -- true when the platform chose the code from the title (the sender gave none)
      occupation_suggested boolean not null default false,
      industry_code text references industries(code),
      region_code text not null references regions(code),
      address text,
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      headcount integer check (headcount > 0),
      salary_min numeric(12, 2) not null check (salary_min >= 0),
      salary_max numeric(12, 2) not null check (salary_max >= salary_min),
      salary_unit text not null check (salary_unit in ('month', 'day', 'hour', 'piece')),
      employment_type text not null check (employment_type in ('full_time', 'part_time', 'gig', 'internship', 'seasonal')),
      education text,
      experience_years smallint check (experience_years between 0 and 50),
      benefits text[] not null default '{}',
      valid_until date,
      how_to_apply text not null,
      status text not null check (status in ('draft', 'pending_review', 'published', 'filled', 'expired', 'withdrawn')),
      findings jsonb not null default '[]',
      review_note text,
      reviewed_by uuid references users(id),
      reviewed_at timestamptz,
      -- employer credit code | normalised title | region: one posting however many sources send it
      merge_key text not null,
      cluster_id uuid,
      -- MinHash signature of title and description (hex), for near-duplicate clusters
      minhash text,
      search_vector tsvector not null,
      -- the salary per month, for sorting and filtering across units
      monthly_pay numeric(12, 2) not null,
      created_by uuid references users(id),
      first_seen timestamptz not null,
      last_seen timestamptz not null,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index job_postings_merge_idx on job_postings (merge_key);
    create index job_postings_search_idx on job_postings using gin (search_vector);
    create index job_postings_public_idx on job_postings (published_at desc, id) where status = 'published';
    create index job_postings_region_idx on job_postings (region_code);
    create index job_postings_employer_idx on job_postings (employer_id);
    create index job_postings_cluster_idx on job_postings (cluster_id);
    create index job_postings_geo_idx on job_postings (latitude, longitude) where status = 'published';
    create index job_postings_status_idx on job_postings (status, region_code);

    create table job_posting_sources (
      source text not null,
      source_id text not null,
      posting_id uuid not null references job_postings(id) on delete cascade,
      -- sha-256 of the item as last received: an unchanged re-send changes nothing
      content_hash text not null,
      first_seen timestamptz not null,
      last_seen timestamptz not null,
      primary key (source, source_id)
    );
    create index job_posting_sources_posting_idx on job_posting_sources (posting_id);
    create index job_posting_sources_seen_idx on job_posting_sources (source, last_seen);

    -- locality-sensitive hashing buckets of the MinHash signatures: candidates for near-duplicates
    create table job_posting_lsh (
      band smallint not null,
      bucket text not null,
      posting_id uuid not null references job_postings(id) on delete cascade,
      primary key (band, bucket, posting_id)
    );
    create index job_posting_lsh_posting_idx on job_posting_lsh (posting_id);

    create table job_posting_events (
      id bigint generated always as identity primary key,
      posting_id uuid not null references job_postings(id) on delete cascade,
      at timestamptz not null,
      actor_id uuid references users(id),
      actor_name text,
      from_status text,
      to_status text not null,
      note text
    );
    create index job_posting_events_posting_idx on job_posting_events (posting_id, at);

    create table feed_sources (
      name text primary key check (name ~ '^[a-z0-9][a-z0-9_.-]{1,40}$'),
      display_name text not null,
      token_hash text not null,
      region_code text not null references regions(code),
      -- postings this feed stops sending leave search after this many days
      refresh_days integer not null default 7 check (refresh_days between 1 and 90),
      auto_publish boolean not null default false,
      created_at timestamptz not null default now()
    );

    create table job_imports (
      id uuid primary key default gen_random_uuid(),
      source text not null,
      file_name text not null,
      format text not null check (format in ('csv', 'xlsx')),
      dry_run boolean not null,
      status text not null check (status in ('queued', 'running', 'done', 'failed')),
      total_rows integer not null default 0,
      processed_rows integer not null default 0,
      summary jsonb,
      errors jsonb not null default '[]',
      file bytea,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
  `.execute(db);
}
