import { z } from "zod";
import { okSchema, regionCodeSchema, roleSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({
  user: sessionUserSchema.nullable(),
  /** Send back as the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});

export const passwordSchema = z.string().min(10, "at least 10 characters").max(200);
export const usernameSchema = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9_.@-]+$/, "letters, digits and _ . @ - only");

export const getSession = defineRoute({
  id: "auth.getSession",
  method: "GET",
  path: "/v1/auth/session",
  summary: "The current session's user (or null) and its CSRF token",
  tags: ["auth"],
  access: "public",
  response: sessionSchema,
});

export const login = defineRoute({
  id: "auth.login",
  method: "POST",
  path: "/v1/auth/login",
  summary: "Log in with username and password; sets the session cookie",
  tags: ["auth"],
  access: "public",
  body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }),
  response: sessionSchema,
});

export const logout = defineRoute({
  id: "auth.logout",
  method: "POST",
  path: "/v1/auth/logout",
  summary: "End the current session",
  tags: ["auth"],
  access: "authenticated",
  response: okSchema,
});

export const changePassword = defineRoute({
  id: "auth.changePassword",
  method: "POST",
  path: "/v1/auth/password",
  summary: "Change one's own password; other sessions of the account end",
  tags: ["auth"],
  access: "authenticated",
  body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }),
  response: okSchema,
});

export const register = defineRoute({
  id: "auth.register",
  method: "POST",
  path: "/v1/auth/register",
  summary:
    "Register a job-seeker account, or an employer account with its organisation (voluntary, with consent)",
  tags: ["auth"],
  access: "public",
  successStatus: 201,
  body: z.discriminatedUnion("role", [
    z.object({
      role: z.literal("seeker"),
      username: usernameSchema,
      password: passwordSchema,
      displayName: z.string().min(1).max(50),
      regionCode: regionCodeSchema,
      consent: z.literal(true, "registration needs your consent to the privacy notice"),
    }),
    z.object({
      role: z.literal("employer"),
      username: usernameSchema,
      password: passwordSchema,
      displayName: z.string().min(1).max(50),
      regionCode: regionCodeSchema,
      organisationName: z.string().min(2).max(100),
      creditCode: z.string().length(18),
      consent: z.literal(true, "registration needs your consent to the privacy notice"),
    }),
  ]),
  response: sessionSchema,
});
