/**
 * One error type for the whole server. Services throw `AppError` with a code from the table
 * below; only the HTTP layer turns a code into a status.
 */
export const ERROR_STATUS = {
  // generic
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ROUTE_NOT_FOUND: 404,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  // auth
  AUTH_REQUIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_LOCKED: 429,
  AUTH_CSRF_MISMATCH: 403,
  AUTH_WRONG_PASSWORD: 422,
  AUTH_USERNAME_TAKEN: 409,
  // access
  ACCESS_ROLE_DENIED: 403,
  ACCESS_OUTSIDE_JURISDICTION: 403,
  // regions
  REGIONS_NOT_FOUND: 404,
  REGIONS_UNKNOWN_CODE: 422,
  REGIONS_IMPORT_UNREADABLE: 422,
  // organisations
  ORGANISATIONS_NOT_FOUND: 404,
  ORGANISATIONS_CREDIT_CODE_INVALID: 422,
  ORGANISATIONS_CREDIT_CODE_TAKEN: 409,
  // users
  USERS_NOT_FOUND: 404,
  USERS_ROLE_NEEDS_ORGANISATION: 422,
  USERS_ROLE_NOT_ALLOWED: 422,
  // jobs
  JOBS_NOT_FOUND: 404,
  JOBS_TRANSITION_NOT_ALLOWED: 409,
  JOBS_COMPLIANCE_BLOCKED: 422,
  JOBS_WARNINGS_UNCONFIRMED: 422,
  JOBS_NOT_EDITABLE: 409,
  JOBS_EMPLOYER_REQUIRED: 422,
  JOBS_FEED_TOKEN_INVALID: 401,
  JOBS_FEED_SOURCE_TAKEN: 409,
  JOBS_FEED_SOURCE_NOT_FOUND: 404,
  JOBS_IMPORT_NOT_FOUND: 404,
  // people
  PEOPLE_NOT_FOUND: 404,
  PEOPLE_ID_NUMBER_INVALID: 422,
  PEOPLE_PHONE_INVALID: 422,
  PEOPLE_UNDER_WORKING_AGE: 422,
  PEOPLE_UNKNOWN_CODE: 422,
  PEOPLE_ALREADY_REGISTERED: 409,
  PEOPLE_ACCOUNT_HAS_RECORD: 409,
  PEOPLE_HOUSEHOLD_TAKEN: 409,
  PEOPLE_CHECK_NOT_ALLOWED: 409,
  PEOPLE_CHECK_LEVEL_DENIED: 403,
  PEOPLE_CHECK_OWN_ENTRY: 403,
  PEOPLE_SAMPLE_EXISTS: 409,
  PEOPLE_IMPORT_NOT_FOUND: 404,
  // inbox
  INBOX_NOT_FOUND: 404,
  // applications
  APPLICATIONS_NOT_FOUND: 404,
  APPLICATIONS_NEEDS_PROFILE: 409,
  APPLICATIONS_POSTING_CLOSED: 409,
  APPLICATIONS_BAD_TRANSITION: 409,
  APPLICATIONS_NOT_INVITABLE: 422,
  APPLICATIONS_INVITATION_ANSWERED: 409,
  // matching
  MATCHING_POSTING_NOT_PUBLISHED: 409,
  // push
  PUSH_TOKEN_INVALID: 400,
  PUSH_POSTING_NOT_OPEN: 409,
  // targets
  TARGETS_PLAN_NOT_FOUND: 404,
  BULLETINS_NOT_FOUND: 404,
  TARGETS_REPORT_NOT_FOUND: 404,
  TARGETS_NO_TABLES: 404,
  TARGETS_UNKNOWN_INDICATOR: 422,
  TARGETS_WRONG_PERIOD: 422,
  TARGETS_NOT_A_REPORTER: 422,
  TARGETS_INVALID_VALUES: 422,
  TARGETS_REPORT_LOCKED: 409,
  TARGETS_REPORT_NOT_SUBMITTED: 409,
  TARGETS_IMPORT_UNREADABLE: 422,
  WAGES_PROJECT_NOT_FOUND: 404,
  WAGES_DEPARTMENT_UNKNOWN: 422,
  WAGES_ALERT_NOT_FOUND: 404,
  WAGES_BAD_TRANSITION: 409,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Renders a zod-style issue path (["items", 3, "name"]) as a JSON path (`$.items[3].name`). */
export function jsonPath(path: readonly PropertyKey[], root = "$"): string {
  let out = root;
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}
