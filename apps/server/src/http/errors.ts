import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, ERROR_STATUS, type ErrorCode, jsonPath } from "../lib/errors.ts";

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

const FASTIFY_CODES: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "PAYLOAD_TOO_LARGE", message: "The request body is too large" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "This content type is not accepted here",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "MALFORMED_JSON", message: "The JSON body is empty" },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: "MALFORMED_JSON", message: "The body is not valid JSON" },
};

const PART_ROOT: Record<string, string> = {
  body: "$",
  querystring: "$query",
  params: "$params",
  headers: "$headers",
};

/** Maps every error to `{ error: { code, message, details? } }` with the status from the code table. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === "AUTH_LOCKED" || error.code === "RATE_LIMITED") {
        const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
        if (retry) reply.header("retry-after", String(retry));
      }
      return reply.code(error.status).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const root = PART_ROOT[error.validationContext ?? "body"] ?? "$";
      const details = error.validation.map((v) => ({
        path: jsonPath(
          v.instancePath
            .split("/")
            .filter((part) => part !== "")
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
          root,
        ),
        message: v.message ?? "invalid",
      }));
      return reply
        .code(400)
        .send(body("VALIDATION_FAILED", "The request does not match the API's schema", details));
    }
    const fastifyCode = "code" in error ? FASTIFY_CODES[error.code] : undefined;
    if (fastifyCode) {
      return reply.code(ERROR_STATUS[fastifyCode.code]).send(body(fastifyCode.code, fastifyCode.message));
    }
    if (error instanceof SyntaxError && "statusCode" in error && error.statusCode === 400) {
      return reply.code(400).send(body("MALFORMED_JSON", `The body is not valid JSON: ${error.message}`));
    }
    if ("statusCode" in error && error.statusCode === 429) {
      return reply.code(429).send(body("RATE_LIMITED", "Too many requests; please wait a minute"));
    }
    if (
      "statusCode" in error &&
      typeof error.statusCode === "number" &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      return reply.code(error.statusCode).send(body("VALIDATION_FAILED", error.message));
    }
    if (isResponseSerializationError(error))
      request.log.error({ issues: error.cause.issues }, "response does not match its schema");
    else request.log.error(error);
    return reply.code(500).send(body("INTERNAL", "Something went wrong on our side; it has been logged"));
  });
}
