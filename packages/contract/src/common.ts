import { z } from "zod";
import { ROLES } from "./route.ts";

export const roleSchema = z.enum(ROLES);

/** Every error body the API sends. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** One located problem in a request: a JSON path into the body, query or params. */
export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

/** GB/T 2260 codes (6, 9 or 12 digits) and the platform's own zone codes (letters inside). */
export const regionCodeSchema = z
  .string()
  .regex(/^(\d{6}|\d{9}|\d{12}|\d{6}-Z\d{2})$/, "a GB/T 2260 code (6, 9 or 12 digits) or a zone code");

export const cursorPageQuery = z.object({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const isoDateTime = z.string().describe("ISO 8601 date-time");
