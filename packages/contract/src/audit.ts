import { z } from "zod";
import { roleSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: roleSchema.nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  outcome: z.enum(["ok", "denied", "failed"]),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAudit = defineRoute({
  id: "audit.list",
  method: "GET",
  path: "/v1/audit",
  summary: "The audit log, newest first, filtered; entries can never be changed or deleted",
  tags: ["audit"],
  access: ["admin"],
  query: z.object({
    actor: z.string().max(64).optional().describe("username"),
    action: z.string().max(100).optional().describe("exact action, or a prefix ending in '.'"),
    recordType: z.string().max(50).optional(),
    recordId: z.string().max(100).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    cursor: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() }),
});
