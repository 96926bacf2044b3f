import { z } from "zod";
import { regionCodeSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

export const organisationKindSchema = z.enum(["employer", "department", "agency"]);

export const organisationSchema = z.object({
  id: z.string(),
  kind: organisationKindSchema,
  name: z.string(),
  /** 统一社会信用代码; always valid under GB 32100 when present. */
  creditCode: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  /** Checked by staff against the business register; unverified employers are marked in the UI. */
  verified: z.boolean(),
  createdAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const listDepartments = defineRoute({
  id: "organisations.listDepartments",
  method: "GET",
  path: "/v1/departments",
  summary: "Departments (member units of the employment leadership groups), optionally of one region",
  tags: ["organisations"],
  access: "public",
  query: z.object({ region: regionCodeSchema.optional() }),
  response: z.object({ items: z.array(organisationSchema) }),
});

export const listOrganisations = defineRoute({
  id: "organisations.list",
  method: "GET",
  path: "/v1/organisations",
  summary: "Employers and agencies within the caller's jurisdiction",
  tags: ["organisations"],
  access: ["staff", "leadership", "admin"],
  query: z.object({
    kind: organisationKindSchema.optional(),
    q: z.string().max(50).optional(),
    cursor: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: z.object({ items: z.array(organisationSchema), nextCursor: z.string().nullable() }),
});

export const createOrganisation = defineRoute({
  id: "organisations.create",
  method: "POST",
  path: "/v1/organisations",
  summary: "Register an employer or agency (its 统一社会信用代码 must pass the GB 32100 check)",
  tags: ["organisations"],
  access: ["staff", "admin"],
  successStatus: 201,
  body: z.object({
    kind: z.enum(["employer", "agency"]),
    name: z.string().min(2).max(100),
    creditCode: z.string().length(18),
    regionCode: regionCodeSchema,
  }),
  response: z.object({ organisation: organisationSchema }),
});

export const verifyOrganisation = defineRoute({
  id: "organisations.verify",
  method: "POST",
  path: "/v1/organisations/:id/verify",
  summary: "Mark an employer as verified against the business register",
  tags: ["organisations"],
  access: ["staff", "admin"],
  params: z.object({ id: z.string().uuid() }),
  response: z.object({ organisation: organisationSchema }),
});
