import { z } from "zod";
import { roleSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

export const getDashboard = defineRoute({
  id: "dashboard.get",
  method: "GET",
  path: "/v1/dashboard",
  summary: "Figures for the console landing page, within the caller's jurisdiction",
  tags: ["dashboard"],
  access: ["employer", "staff", "department", "leadership", "admin"],
  response: z.object({
    jurisdiction: z.object({ code: z.string().nullable(), name: z.string().nullable() }),
    counts: z.object({
      regions: z.number().int(),
      departments: z.number().int(),
      employers: z.number().int(),
      accounts: z.number().int(),
      auditToday: z.number().int(),
    }),
    accountsByRole: z.array(z.object({ role: roleSchema, count: z.number().int() })),
    recentActivity: z.array(
      z.object({ at: z.string(), action: z.string(), actorName: z.string().nullable() }),
    ),
  }),
});
