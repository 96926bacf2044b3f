import { type Kysely, sql } from "kysely";

/**
 * The labour-force registry: people (identity and phone numbers encrypted, found by keyed hashes),
 * their consent, certificates, households, employment status history, follow-up contacts, data
 * checks and county samples, per-region follow-up settings, file imports, and the anonymised
 * remains of deleted records that statistics need. No column records ethnicity, religion,
 * political views or movements, and none may be added.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- 就业困难人员 categories as each region defines them
    create table hardship_categories (
      code text primary key,
      region_code text not null references regions(code),
      name text not null,
      seq integer not null
    );

    create table households (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references regions(code),
      -- the household's number in the village or community register (户编号)
      reference text not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (region_code, reference)
    );

    create table people (
      id uuid primary key default gen_random_uuid(),
      -- the seeker account of a person who registered themselves
      user_id uuid unique references users(id) on delete set null,
      name text not null,
      -- AES-256-GCM ciphertexts; exact look-ups and uniqueness through keyed HMAC hashes
      id_number_enc text not null,
      id_number_hash text not null unique,
      phone_enc text,
      phone_hash text,
      birth_date date not null,
      region_code text not null references regions(code),
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      education text,
      skills text[] not null default '{}',
      desired_occupations text[] not null default '{}',
      desired_region_codes text[] not null default '{}',
      desired_pay_min numeric(12, 2),
      desired_employment_types text[] not null default '{}',
      desired_hours_per_week smallint,
      available_from date,
      willing_elsewhere boolean not null default false,
      recommendable boolean not null default false,
      graduate_year smallint,
      graduate_school text,
      registered_unemployed boolean not null default false,
      hardship_category text references hardship_categories(code),
      disabled boolean not null default false,
      disability_certificate_enc text,
      veteran boolean not null default false,
      rural_worker boolean not null default false,
      low_income boolean not null default false,
      household_id uuid references households(id),
      -- consent: no record without it
      consent_on date not null,
      consent_method text not null check (consent_method in ('self', 'staff', 'import')),
      consent_purpose text not null,
      consent_statement text,
      consent_collected_by text not null,
      consent_recorded_by uuid references users(id),
      consent_import_id uuid,
      status text not null check (status in ('employed_stable', 'employed_flexible', 'unemployed', 'not_in_labour_force', 'studying', 'retired')),
      status_since date not null,
      -- the last contact or status change; the next follow-up is due one interval after it
      follow_up_base date not null,
      follow_up_due date,
      last_contact_on date,
      check_stage text not null default 'entered' check (check_stage in ('entered', 'township_checked', 'county_sampled', 'county_verified', 'returned')),
      check_note text,
      sample_id uuid,
      entered_by uuid references users(id),
      -- region level of whoever entered the record (5 village … 1 region); null: the person
      entered_level smallint,
      -- sha-256 of the registry fields as last written: an unchanged re-import changes nothing
      content_hash text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (consent_method = 'import' or consent_statement is not null),
      check (disability_certificate_enc is null or disabled)
    );
    create index people_region_idx on people (region_code);
    create index people_phone_idx on people (phone_hash);
    create index people_name_idx on people (name, id);
    create index people_follow_up_idx on people (follow_up_due, id) where follow_up_due is not null;
    create index people_household_idx on people (household_id);
    create index people_check_idx on people (check_stage, region_code);

    create table person_certificates (
      id bigint generated always as identity primary key,
      person_id uuid not null references people(id) on delete cascade,
      kind text not null check (kind in ('qualification', 'skill_level')),
      name text not null,
      occupation_code text references occupations(code),
      level smallint check (level between 1 and 5),
      seq smallint not null
    );
    create index person_certificates_person_idx on person_certificates (person_id);

    create table person_statuses (
      id bigint generated always as identity primary key,
      person_id uuid not null references people(id) on delete cascade,
      status text not null,
      since date not null,
      recorded_at timestamptz not null,
      recorded_by uuid references users(id),
      recorded_by_name text,
      note text
    );
    create index person_statuses_person_idx on person_statuses (person_id, since);

    create table person_contacts (
      id uuid primary key default gen_random_uuid(),
      person_id uuid not null references people(id) on delete cascade,
      contacted_on date not null,
      channel text not null check (channel in ('phone', 'home_visit', 'office_visit', 'online', 'message')),
      offered text[] not null default '{}',
      posting_ids text[] not null default '{}',
      note text,
      recorded_at timestamptz not null,
      recorded_by uuid references users(id),
      recorded_by_name text
    );
    create index person_contacts_person_idx on person_contacts (person_id, contacted_on);

    create table person_samples (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references regions(code),
      period text not null,
      -- selection: sha-256 of seed and person id, read as a fraction, below the share
      seed text not null,
      share numeric(4, 3) not null,
      candidates integer not null,
      person_ids text[] not null,
      drawn_by uuid references users(id),
      drawn_by_name text,
      drawn_at timestamptz not null,
      unique (region_code, period)
    );

    create table person_check_events (
      id bigint generated always as identity primary key,
      person_id uuid not null references people(id) on delete cascade,
      at timestamptz not null,
      actor_id uuid references users(id),
      actor_name text,
      from_stage text,
      to_stage text not null,
      note text,
      sample_id uuid references person_samples(id)
    );
    create index person_check_events_person_idx on person_check_events (person_id, at);

    -- follow-up intervals and sample share per region; the nearest ancestor's apply below it
    create table people_settings (
      region_code text primary key references regions(code),
      stable_days integer not null check (stable_days between 1 and 366),
      flexible_days integer not null check (flexible_days between 1 and 366),
      unemployed_days integer not null check (unemployed_days between 1 and 366),
      sample_share numeric(4, 3) not null check (sample_share between 0 and 1),
      updated_by uuid references users(id),
      updated_at timestamptz not null
    );

    create table people_imports (
      id uuid primary key default gen_random_uuid(),
      file_name text not null,
      format text not null check (format in ('csv', 'xlsx')),
      dry_run boolean not null,
      status text not null check (status in ('queued', 'running', 'done', 'failed')),
      consent_collected_by text not null,
      consent_purpose text not null,
      -- the importer's jurisdiction: rows outside it are refused
      region_path text,
      total_rows integer not null default 0,
      processed_rows integer not null default 0,
      summary jsonb,
      errors jsonb not null default '[]',
      file bytea,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );

    -- what statistics keep of a deleted record: nothing that identifies the person or their household
    create table people_anonymised (
      id uuid primary key default gen_random_uuid(),
      region_code text not null references regions(code),
      birth_year smallint not null,
      registered_on date not null,
      erased_on date not null,
      graduate_year smallint,
      registered_unemployed boolean not null,
      hardship_category text,
      disabled boolean not null,
      veteran boolean not null,
      rural_worker boolean not null,
      low_income boolean not null,
      -- [{status, since}] and [{on, channel, offered}]
      status_history jsonb not null,
      contacts jsonb not null
    );
    create index people_anonymised_region_idx on people_anonymised (region_code);
  `.execute(db);
}
