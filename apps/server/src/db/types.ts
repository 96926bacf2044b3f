import type { ColumnType, Generated } from "kysely";

/** Timestamps are written as Date or ISO strings and read as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface RegionTable {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
  kind: "gb2260" | "zone";
  /** Codes from the top down, dot-separated: `650000.652300.652301`. */
  path: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: "employer" | "department" | "agency";
  name: string;
  credit_code: string | null;
  region_code: string;
  verified: Generated<boolean>;
  /** Order in the plan's department list, for departments. */
  seq: number | null;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  role: "seeker" | "employer" | "staff" | "department" | "leadership" | "admin";
  region_code: string | null;
  organisation_id: string | null;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  must_change_password: Generated<boolean>;
  password_changed_at: Timestamp;
  /** When and for what the person agreed to registration (self-registered accounts). */
  consent_at: Timestamp | null;
  consent_purpose: string | null;
  created_at: CreatedAt;
}

export interface SessionTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  client_address: string | null;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: UserTable["role"] | null;
  /** The actor's jurisdiction when acting; administrators read the entries of their subtree. */
  actor_region_path: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  client_address: string | null;
  outcome: "ok" | "denied" | "failed";
  details: ColumnType<unknown, string | null, never> | null;
}

export interface TaskTable {
  id: Generated<string>;
  name: string;
  payload: ColumnType<unknown, string, string>;
  status: Generated<"queued" | "running" | "done" | "failed">;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: number;
  last_error: string | null;
  locked_until: Timestamp | null;
  /** At most one queued or running task per key. */
  dedupe_key: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}

export interface TaskScheduleTable {
  name: string;
  cron: string;
  task_name: string;
  last_run_at: Timestamp | null;
  next_run_at: Timestamp;
}

export interface OccupationTable {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
  green: boolean;
  digital: boolean;
}

export interface IndustryTable {
  code: string;
  name: string;
  level: number;
  parent_code: string | null;
}

export type PostingStatus = "draft" | "pending_review" | "published" | "filled" | "expired" | "withdrawn";
export type SalaryUnit = "month" | "day" | "hour" | "piece";
export type EmploymentType = "full_time" | "part_time" | "gig" | "internship" | "seasonal";

export interface JobPostingTable {
  id: Generated<string>;
  title: string;
  description: string;
  requirements: string | null;
  employer_id: string;
  occupation_code: string | null;
  occupation_suggested: Generated<boolean>;
  industry_code: string | null;
  region_code: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  headcount: number | null;
  /** numeric: read as string, written as number or string. */
  salary_min: ColumnType<string, number | string, number | string>;
  salary_max: ColumnType<string, number | string, number | string>;
  salary_unit: SalaryUnit;
  employment_type: EmploymentType;
  education: string | null;
  experience_years: number | null;
  benefits: string[];
  valid_until: string | null;
  how_to_apply: string;
  status: PostingStatus;
  findings: ColumnType<unknown, string, string>;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  merge_key: string;
  cluster_id: string | null;
  minhash: string | null;
  /** Written as pre-segmented text through to_tsvector; never read back. */
  search_vector: ColumnType<never, unknown, unknown>;
  monthly_pay: ColumnType<string, number | string, number | string>;
  created_by: string | null;
  first_seen: Timestamp;
  last_seen: Timestamp;
  published_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface JobPostingSourceTable {
  source: string;
  source_id: string;
  posting_id: string;
  content_hash: string;
  first_seen: Timestamp;
  last_seen: Timestamp;
}

export interface JobPostingLshTable {
  band: number;
  bucket: string;
  posting_id: string;
}

export interface JobPostingEventTable {
  id: Generated<string>;
  posting_id: string;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  from_status: PostingStatus | null;
  to_status: PostingStatus;
  note: string | null;
}

export interface FeedSourceTable {
  name: string;
  display_name: string;
  token_hash: string;
  region_code: string;
  refresh_days: Generated<number>;
  auto_publish: Generated<boolean>;
  created_at: CreatedAt;
}

export interface JobImportTable {
  id: Generated<string>;
  source: string;
  file_name: string;
  format: "csv" | "xlsx";
  dry_run: boolean;
  status: "queued" | "running" | "done" | "failed";
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  summary: ColumnType<unknown, string | null, string | null> | null;
  errors: ColumnType<unknown, string, string>;
  file: ColumnType<Uint8Array | null, Uint8Array | null, Uint8Array | null> | null;
  created_by: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}

export interface Database {
  regions: RegionTable;
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  tasks: TaskTable;
  task_schedules: TaskScheduleTable;
  occupations: OccupationTable;
  industries: IndustryTable;
  job_postings: JobPostingTable;
  job_posting_sources: JobPostingSourceTable;
  job_posting_lsh: JobPostingLshTable;
  job_posting_events: JobPostingEventTable;
  feed_sources: FeedSourceTable;
  job_imports: JobImportTable;
}
