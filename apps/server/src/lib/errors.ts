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
  JOBS_IMPORT_NOT_FOUND: 404,
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
