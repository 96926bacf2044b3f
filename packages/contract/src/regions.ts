import { z } from "zod";
import { regionCodeSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

/** 1 region (自治区), 2 prefecture (地州市), 3 county (县市区/园区), 4 township (乡镇街道), 5 village (村社区). */
export const regionLevelSchema = z.number().int().min(1).max(5);

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: regionLevelSchema,
  parentCode: z.string().nullable(),
  /** `gb2260` for statistical division codes, `zone` for development zones with a platform code. */
  kind: z.enum(["gb2260", "zone"]),
  childCount: z.number().int(),
});
export type Region = z.infer<typeof regionSchema>;

export const listRegions = defineRoute({
  id: "regions.list",
  method: "GET",
  path: "/v1/regions",
  summary: "Regions: the children of `parent` (top level when absent), or those whose name contains `q`",
  tags: ["regions"],
  access: "public",
  query: z.object({ parent: regionCodeSchema.optional(), q: z.string().min(1).max(30).optional() }),
  response: z.object({ items: z.array(regionSchema) }),
});

export const getRegion = defineRoute({
  id: "regions.get",
  method: "GET",
  path: "/v1/regions/:code",
  summary: "One region with its ancestors",
  tags: ["regions"],
  access: "public",
  params: z.object({ code: regionCodeSchema }),
  response: z.object({ region: regionSchema, ancestors: z.array(regionSchema) }),
});

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importRegions = defineRoute({
  id: "regions.import",
  method: "POST",
  path: "/v1/regions/import",
  summary: "Import townships and villages from a CSV or .xlsx file (columns code,name,level,parent_code)",
  tags: ["regions"],
  access: ["admin"],
  upload: true,
  query: z.object({
    format: z.enum(["csv", "xlsx"]),
    dryRun: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  }),
  response: importResultSchema,
});
