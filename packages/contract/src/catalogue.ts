import { z } from "zod";
import { defineRoute } from "./route.ts";

export const occupationSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int().min(1).max(4),
  parentCode: z.string().nullable(),
  green: z.boolean(),
  digital: z.boolean(),
});

export const industrySchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.number().int(),
  parentCode: z.string().nullable(),
});

export const listOccupations = defineRoute({
  id: "catalogue.listOccupations",
  method: "GET",
  path: "/v1/occupations",
  summary:
    "职业分类大典 2022: the children of `parent` (the 8 major groups when absent), or names containing `q`",
  tags: ["catalogue"],
  access: "public",
  query: z.object({ parent: z.string().max(20).optional(), q: z.string().min(1).max(30).optional() }),
  response: z.object({ items: z.array(occupationSchema) }),
});

export const suggestOccupations = defineRoute({
  id: "catalogue.suggestOccupations",
  method: "GET",
  path: "/v1/occupations/suggest",
  summary: "Occupation codes that fit a posting's title and description, best first",
  tags: ["catalogue"],
  access: "public",
  query: z.object({ title: z.string().min(1).max(100), description: z.string().max(5000).optional() }),
  response: z.object({
    items: z.array(
      z.object({ code: z.string(), name: z.string(), score: z.number(), matched: z.array(z.string()) }),
    ),
  }),
});

export const listIndustries = defineRoute({
  id: "catalogue.listIndustries",
  method: "GET",
  path: "/v1/industries",
  summary: "GB/T 4754-2017 sections (门类) and divisions (大类)",
  tags: ["catalogue"],
  access: "public",
  response: z.object({ items: z.array(industrySchema) }),
});
