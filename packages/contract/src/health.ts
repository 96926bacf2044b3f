import { z } from "zod";
import { defineRoute } from "./route.ts";

export const getHealth = defineRoute({
  id: "health.get",
  method: "GET",
  path: "/health",
  summary: "Liveness, database kind, version and applied migrations",
  tags: ["system"],
  access: "public",
  response: z.object({
    status: z.literal("ok"),
    database: z.enum(["pglite", "postgres"]),
    version: z.string(),
    migrations: z.object({ applied: z.number().int(), latest: z.string().nullable() }),
  }),
});
