import type { ColumnType, Generated } from "kysely";
import type { WageTables } from "./types-wages.ts";

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
  /** int8: a band and its bucket (see lshKeys). */
  key: string;
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
  revoked_at: Timestamp | null;
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

export type EmploymentStatus =
  | "employed_stable"
  | "employed_flexible"
  | "unemployed"
  | "not_in_labour_force"
  | "studying"
  | "retired";
export type CheckStage = "entered" | "township_checked" | "county_sampled" | "county_verified" | "returned";

export interface HardshipCategoryTable {
  code: string;
  region_code: string;
  name: string;
  seq: number;
}

export interface HouseholdTable {
  id: Generated<string>;
  region_code: string;
  reference: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PersonTable {
  id: Generated<string>;
  user_id: string | null;
  name: string;
  /** AES-256-GCM ciphertexts (lib/pii.ts); never send them anywhere. */
  id_number_enc: string;
  id_number_hash: string;
  phone_enc: string | null;
  phone_hash: string | null;
  birth_date: string;
  region_code: string;
  latitude: number | null;
  longitude: number | null;
  education: string | null;
  experience_years: number | null;
  skills: string[];
  desired_occupations: string[];
  desired_region_codes: string[];
  desired_pay_min: ColumnType<string | null, number | string | null, number | string | null>;
  desired_employment_types: string[];
  desired_hours_per_week: number | null;
  available_from: string | null;
  willing_elsewhere: boolean;
  recommendable: Generated<boolean>;
  graduate_year: number | null;
  graduate_school: string | null;
  registered_unemployed: boolean;
  hardship_category: string | null;
  disabled: boolean;
  disability_certificate_enc: string | null;
  veteran: boolean;
  rural_worker: boolean;
  low_income: boolean;
  household_id: string | null;
  consent_on: string;
  consent_method: "self" | "staff" | "import";
  consent_purpose: string;
  consent_statement: string | null;
  consent_collected_by: string;
  consent_recorded_by: string | null;
  consent_import_id: string | null;
  status: EmploymentStatus;
  status_since: string;
  follow_up_base: string;
  follow_up_due: string | null;
  last_contact_on: string | null;
  check_stage: Generated<CheckStage>;
  check_note: string | null;
  sample_id: string | null;
  entered_by: string | null;
  entered_level: number | null;
  content_hash: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PersonCertificateTable {
  id: Generated<string>;
  person_id: string;
  kind: "qualification" | "skill_level";
  name: string;
  occupation_code: string | null;
  level: number | null;
  seq: number;
}

export interface PersonStatusTable {
  id: Generated<string>;
  person_id: string;
  status: EmploymentStatus;
  since: string;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string | null;
  note: string | null;
}

export interface PersonContactTable {
  id: Generated<string>;
  person_id: string;
  contacted_on: string;
  channel: "phone" | "home_visit" | "office_visit" | "online" | "message";
  offered: string[];
  posting_ids: string[];
  note: string | null;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string | null;
}

export interface PersonSampleTable {
  id: Generated<string>;
  region_code: string;
  period: string;
  seed: string;
  share: ColumnType<string, number | string, number | string>;
  candidates: number;
  person_ids: string[];
  drawn_by: string | null;
  drawn_by_name: string | null;
  drawn_at: Timestamp;
}

export interface PersonCheckEventTable {
  id: Generated<string>;
  person_id: string;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  from_stage: CheckStage | null;
  to_stage: CheckStage;
  note: string | null;
  sample_id: string | null;
}

export interface PeopleSettingsTable {
  region_code: string;
  stable_days: number;
  flexible_days: number;
  unemployed_days: number;
  sample_share: ColumnType<string, number | string, number | string>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface PeopleImportTable {
  id: Generated<string>;
  file_name: string;
  format: "csv" | "xlsx";
  dry_run: boolean;
  status: "queued" | "running" | "done" | "failed";
  consent_collected_by: string;
  consent_purpose: string;
  region_path: string | null;
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  summary: ColumnType<unknown, string | null, string | null> | null;
  errors: ColumnType<unknown, string, string>;
  file: ColumnType<Uint8Array | null, Uint8Array | null, Uint8Array | null> | null;
  created_by: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}

export interface PeopleAnonymisedTable {
  id: Generated<string>;
  region_code: string;
  birth_year: number;
  registered_on: string;
  erased_on: string;
  graduate_year: number | null;
  registered_unemployed: boolean;
  hardship_category: string | null;
  disabled: boolean;
  veteran: boolean;
  rural_worker: boolean;
  low_income: boolean;
  status_history: ColumnType<unknown, string, string>;
  contacts: ColumnType<unknown, string, string>;
}

export type InboxKind = "match" | "group_push" | "application" | "invitation";

export interface InboxMessageTable {
  id: Generated<string>;
  user_id: string;
  kind: InboxKind;
  title: string;
  body: string;
  posting_ids: Generated<string[]>;
  link: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
  channel: Generated<string>;
  dedupe_key: string | null;
  /** Where the reader turns such messages off without logging in (pushes). */
  unsubscribe_link: string | null;
}

export type ApplicationStatus =
  | "submitted"
  | "viewed"
  | "interview"
  | "offer"
  | "hired"
  | "rejected"
  | "withdrawn";

export interface ApplicationTable {
  id: Generated<string>;
  posting_id: string;
  person_id: string;
  status: ApplicationStatus;
  origin: "apply" | "invitation";
  note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApplicationEventTable {
  id: Generated<string>;
  application_id: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  note: string | null;
}

export interface InvitationTable {
  id: Generated<string>;
  posting_id: string;
  person_id: string;
  invited_by: string;
  created_at: Timestamp;
  answered_at: Timestamp | null;
  answer: "accepted" | "declined" | null;
}

/** One row per confirmed hire; the placement indicators count these. */
export interface PlacementTable {
  id: Generated<string>;
  /** Null once the person's record is erased. */
  person_id: string | null;
  posting_id: string;
  application_id: string | null;
  /** The person's region of residence when hired. */
  region_code: string;
  employer_id: string;
  placed_on: string;
  /** The person was registered unemployed when hired (失业人员再就业). */
  registered_unemployed: boolean;
  /** The person was a 就业困难人员 when hired. */
  hardship: boolean;
  recorded_at: Timestamp;
}

export interface PushSettingsTable {
  person_id: string;
  enabled: boolean;
  daily_cap: number;
  /** China time, HH:MM; equal start and end: no quiet hours. */
  quiet_start: string;
  quiet_end: string;
  turned_off_via: "settings" | "link" | null;
  updated_at: Timestamp;
}

export type PushVia = "daily" | "group";

export interface PushRunTable {
  id: Generated<string>;
  kind: PushVia;
  run_on: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  created_by: string | null;
  region_code: string | null;
  filter: ColumnType<unknown, string | null, never> | null;
  posting_ids: Generated<string[]>;
  people_considered: Generated<number>;
  messages_sent: Generated<number>;
  messages_held: Generated<number>;
  postings_pushed: Generated<number>;
  skipped_unsubscribed: Generated<number>;
  skipped_capped: Generated<number>;
  skipped_sent_today: Generated<number>;
}

export interface PushLogTable {
  person_id: string;
  posting_id: string;
  run_id: string;
  via: PushVia;
  pushed_on: string;
  score: number | null;
}

export interface PushHeldTable {
  id: Generated<string>;
  person_id: string;
  user_id: string;
  kind: "match" | "group_push";
  title: string;
  body: string;
  posting_ids: string[];
  link: string | null;
  unsubscribe_link: string;
  dedupe_key: string;
  created_at: Timestamp;
  deliver_after: Timestamp;
}

export type TargetComparator = "at_least" | "about" | "at_most" | "exact";
export type ValueSource = "computed" | "reported";
export type ReportStatus = "draft" | "submitted" | "returned" | "approved";

export interface IndicatorTable {
  code: string;
  name: string;
  /** The unit actual values are kept in. */
  unit: string;
  kind: "count" | "rate";
  direction: "up" | "down";
  comparator: TargetComparator;
  source: ValueSource;
  seq: number;
}

export interface PlanTable {
  id: Generated<string>;
  key: string;
  title: string;
  issuer: string | null;
  document_number: string | null;
  issued_on: string | null;
  status: "issued" | "draft";
  region_code: string;
  year: number;
  period_from: string;
  period_to: string;
  source: string;
  reporting: ColumnType<unknown, string | undefined, string>;
  /** Weight per indicator code for the overall ranking. */
  weights: ColumnType<unknown, string | undefined, string>;
  /** numeric: read as string. */
  margin_points: ColumnType<string, number | string | undefined, number | string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A target cell as written, with its exact figure (numeric columns read as strings). */
interface CellColumns {
  written: string;
  value: string | null;
  unit: string | null;
  base_value: string | null;
  comparator: TargetComparator | null;
  per: string | null;
}

export interface PlanGoalTable extends Omit<CellColumns, "written"> {
  plan_id: string;
  position: number;
  text: string;
  indicator_code: string | null;
  written: string | null;
}

export interface PlanTableTable {
  id: Generated<string>;
  plan_id: string;
  annex: string;
  title: string;
  unit: string;
  position: number;
}

export interface PlanTableColumnTable {
  table_id: string;
  position: number;
  indicator_code: string;
  header: string;
  unit: string | null;
}

export interface PlanTableRowTable {
  table_id: string;
  position: number;
  region_code: string;
  label: string;
  total: boolean;
}

export interface PlanTaskTable {
  id: Generated<string>;
  plan_id: string;
  annex: string;
  department_id: string | null;
  region_code: string | null;
  no: number;
  text: string;
  edited: string | null;
}

export interface PlanTargetTable extends CellColumns {
  id: Generated<string>;
  plan_id: string;
  indicator_code: string;
  region_code: string | null;
  department_id: string | null;
  table_id: string | null;
  task_id: string | null;
  /** False for "/": no target for this unit, which is not 0. */
  applicable: boolean;
}

export interface PlanCampaignTable {
  plan_id: string;
  no: number;
  run: number;
  scope: string;
  name: string;
  label: string | null;
  time_text: string | null;
  months: number[];
  organisers: string;
  department_ids: string[];
  host_codes: string[];
  host_note: string | null;
  note: string | null;
}

export interface PlanReportTable {
  id: Generated<string>;
  plan_id: string;
  /** `2026-05` (monthly) or `2026-Q2` (quarterly). */
  period: string;
  region_code: string | null;
  department_id: string | null;
  deadline: string;
  status: ReportStatus;
  note: string | null;
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanReportEventTable {
  id: Generated<string>;
  report_id: string;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  from_status: ReportStatus | null;
  to_status: ReportStatus;
  note: string | null;
}

export interface PlanActualTable {
  id: Generated<string>;
  target_id: string;
  period: string;
  /** numeric, in the indicator's unit; counts cumulative from the start of the year. */
  value: ColumnType<string, number | string, number | string>;
  source: ValueSource;
  report_id: string | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
  recorded_at: Timestamp;
}

export type BulletinKind = "weekly" | "monthly";

export interface BulletinTable {
  id: Generated<string>;
  plan_id: string;
  kind: BulletinKind;
  period: string;
  as_of: string;
  title: string;
  docx: Buffer;
  pdf: Buffer;
  xlsx: Buffer;
  generated_at: Timestamp;
  generated_by: string | null;
}

export interface Database extends WageTables {
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
  hardship_categories: HardshipCategoryTable;
  households: HouseholdTable;
  people: PersonTable;
  person_certificates: PersonCertificateTable;
  person_statuses: PersonStatusTable;
  person_contacts: PersonContactTable;
  person_samples: PersonSampleTable;
  person_check_events: PersonCheckEventTable;
  people_settings: PeopleSettingsTable;
  people_imports: PeopleImportTable;
  people_anonymised: PeopleAnonymisedTable;
  inbox_messages: InboxMessageTable;
  applications: ApplicationTable;
  application_events: ApplicationEventTable;
  invitations: InvitationTable;
  placements: PlacementTable;
  bulletins: BulletinTable;
  push_settings: PushSettingsTable;
  push_runs: PushRunTable;
  push_log: PushLogTable;
  push_held: PushHeldTable;
  indicators: IndicatorTable;
  plans: PlanTable;
  plan_goals: PlanGoalTable;
  plan_tables: PlanTableTable;
  plan_table_columns: PlanTableColumnTable;
  plan_table_rows: PlanTableRowTable;
  plan_tasks: PlanTaskTable;
  plan_targets: PlanTargetTable;
  plan_campaigns: PlanCampaignTable;
  plan_reports: PlanReportTable;
  plan_report_events: PlanReportEventTable;
  plan_actuals: PlanActualTable;
}
