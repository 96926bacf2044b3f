import { z } from "zod";
import { passwordSchema, sessionUserSchema, usernameSchema } from "./auth.ts";
import { regionCodeSchema, roleSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

export const userSchema = sessionUserSchema
  .omit({ mustChangePassword: true })
  .extend({ locked: z.boolean(), createdAt: z.string() });
export type User = z.infer<typeof userSchema>;

export const listUsers = defineRoute({
  id: "users.list",
  method: "GET",
  path: "/v1/users",
  summary: "Accounts whose region lies within the administrator's jurisdiction",
  tags: ["users"],
  access: ["admin"],
  query: z.object({
    role: roleSchema.optional(),
    cursor: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }),
});

export const createUser = defineRoute({
  id: "users.create",
  method: "POST",
  path: "/v1/users",
  summary: "Create a staff, department, leadership or administrator account within one's jurisdiction",
  tags: ["users"],
  access: ["admin"],
  successStatus: 201,
  body: z.object({
    username: usernameSchema,
    displayName: z.string().min(1).max(50),
    password: passwordSchema,
    role: roleSchema,
    regionCode: regionCodeSchema,
    organisationId: z.string().uuid().optional(),
  }),
  response: z.object({ user: userSchema }),
});

export const unlockUser = defineRoute({
  id: "users.unlock",
  method: "POST",
  path: "/v1/users/:id/unlock",
  summary: "Lift a login lockout",
  tags: ["users"],
  access: ["admin"],
  params: z.object({ id: z.string().uuid() }),
  response: z.object({ user: userSchema }),
});
