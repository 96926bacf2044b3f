import { bundleSchema, DEPOSIT_FORMS, monthSchema } from "@jiuye/wages/bundle";
import { z } from "zod";
import { isoDateTime, regionCodeSchema } from "./common.ts";
import { defineRoute } from "./route.ts";

/**
 * Construction projects on the wage-payment monitoring platform: registration with the parties, the
 * special account and the deposit; the real-name roster, attendance, payroll and labour-cost
 * allocations pushed by contractors, banks and staff (every push idempotent, every bad row located).
 */

export const WAGE_SECTORS = ["housing", "transport", "water", "energy", "other"] as const;
export const WAGE_FUNDING = ["government", "soe", "social"] as const;
export const PARTY_ROLES = ["builder", "general_contractor", "subcontractor"] as const;
export const HEALTH_LIGHTS = ["red", "yellow", "green"] as const;

/** Who registers and feeds projects: the offices, the sector departments, and contractors. */
const FEEDERS = ["staff", "department", "employer", "admin"] as const;
const READERS = ["staff", "department", "employer", "leadership", "admin"] as const;

const isoDate = z.iso.date();
const nullableDate = isoDate.nullable().default(null);
const money = z.number().finite().nonnegative();

export const projectInputSchema = z.object({
  /** The project's number (施工许可证号 or the platform's): the same code updates the same project. */
  code: z.string().trim().min(1).max(60),
  name: z.string().trim().min(2).max(200),
  regionCode: regionCodeSchema,
  sector: z.enum(WAGE_SECTORS),
  /** The 行业主管部门 (a department organisation) that disposes the project's alerts. */
  departmentId: z.uuid(),
  funding: z.enum(WAGE_FUNDING),
  contractAmount: money,
  contractSignedOn: isoDate,
  permitIssuedOn: nullableDate,
  startedOn: nullableDate,
  completedOn: nullableDate,
  registeredOn: nullableDate,
  siteBoardPublishedOn: nullableDate,
  laborOfficerAssigned: z.boolean().default(false),
  specialAccount: z
    .object({
      bank: z.string().trim().max(100).nullable().default(null),
      openedOn: isoDate,
      agreementOn: nullableDate,
    })
    .nullable()
    .default(null),
  deposit: z
    .object({
      form: z.enum(DEPOSIT_FORMS).nullable().default(null),
      amount: money.nullable().default(null),
      depositedOn: nullableDate,
      expiresOn: nullableDate,
      exempt: z.boolean().default(false),
    })
    .nullable()
    .default(null),
  parties: z
    .array(
      z.object({
        role: z.enum(PARTY_ROLES),
        name: z.string().trim().min(2).max(100),
        creditCode: z.string().trim().length(18),
      }),
    )
    .max(50)
    .default([]),
});
export type ProjectInput = z.input<typeof projectInputSchema>;

export const projectSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  sector: z.enum(WAGE_SECTORS),
  departmentId: z.string(),
  departmentName: z.string(),
  funding: z.enum(WAGE_FUNDING),
  contractAmount: z.number(),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  /** Worst open alert: red, yellow, or green when none holds. */
  light: z.enum(HEALTH_LIGHTS),
  openAlerts: z.object({ red: z.number().int(), yellow: z.number().int() }),
  workers: z.number().int(),
  updatedAt: isoDateTime,
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const monthSummarySchema = z.object({
  month: z.string(),
  workersWorked: z.number().int(),
  payable: z.number(),
  paid: z.number(),
  workersUnpaid: z.number().int(),
  allocated: z.number(),
});

export const projectDetailSchema = projectSummarySchema.extend({
  input: projectInputSchema,
  months: z.array(monthSummarySchema),
  parties: z.array(
    z.object({
      role: z.enum(PARTY_ROLES),
      organisationId: z.string(),
      name: z.string(),
      creditCode: z.string().nullable(),
    }),
  ),
});

const idParams = z.object({ id: z.uuid() });

export const upsertProject = defineRoute({
  id: "wages.projects.upsert",
  method: "POST",
  path: "/v1/wage-projects",
  summary: "Register a project on the monitoring platform, or update it (same code)",
  tags: ["wages"],
  access: FEEDERS,
  body: projectInputSchema,
  successStatus: 201,
  repeatStatus: 200,
  response: z.object({ project: projectSummarySchema, created: z.boolean() }),
});

export const listProjects = defineRoute({
  id: "wages.projects.list",
  method: "GET",
  path: "/v1/wage-projects",
  summary: "Projects within the caller's reach with a health light each, worst first",
  tags: ["wages"],
  access: READERS,
  query: z.object({
    regionCode: regionCodeSchema.optional(),
    light: z.enum(HEALTH_LIGHTS).optional(),
    q: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  }),
  response: z.object({ items: z.array(projectSummarySchema), total: z.number().int() }),
});

export const getProject = defineRoute({
  id: "wages.projects.get",
  method: "GET",
  path: "/v1/wage-projects/:id",
  summary: "A project with its parties, months (worked, payable, paid, unpaid workers, allocated) and light",
  tags: ["wages"],
  access: READERS,
  params: idParams,
  response: z.object({ project: projectDetailSchema }),
});

/** A roster entry as pushed: the sender's key, the name and (optionally) the identity number. */
export const workerInputSchema = z.object({
  id: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(50),
  idNumber: z.string().trim().length(18).nullable().default(null),
  contractSigned: z.boolean(),
  realNameVerified: z.boolean(),
  enteredOn: isoDate,
  exitedOn: nullableDate,
  exitSettlementConfirmedOn: nullableDate,
});

export const attendanceInputSchema = z.object({
  workerId: z.string().min(1),
  month: monthSchema,
  days: z.number().min(0).max(31),
});

export const payrollInputSchema = z.object({
  workerId: z.string().min(1),
  month: monthSchema,
  /** The row's key in the payroll sheet (流水号); one row per worker and month when left out. */
  rowKey: z.string().trim().min(1).max(60).optional(),
  payable: money,
  paid: money,
  paidOn: nullableDate,
  viaSpecialAccount: z.boolean(),
  workerSigned: z.boolean(),
});

export const allocationInputSchema = z.object({
  month: monthSchema,
  rowKey: z.string().trim().min(1).max(60).optional(),
  amount: money,
  allocatedOn: isoDate,
});

export const factsInputSchema = z.object({
  workers: z.array(workerInputSchema).max(20_000).default([]),
  attendance: z.array(attendanceInputSchema).max(100_000).default([]),
  payroll: z.array(payrollInputSchema).max(100_000).default([]),
  laborCostAllocations: z.array(allocationInputSchema).max(1000).default([]),
});
export type FactsInput = z.input<typeof factsInputSchema>;

const countsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const pushFacts = defineRoute({
  id: "wages.projects.facts",
  method: "POST",
  path: "/v1/wage-projects/:id/facts",
  summary:
    "Push roster, attendance, payroll and allocations (upserted by worker id, worker and month, row key); sending the same facts again changes nothing",
  tags: ["wages"],
  access: FEEDERS,
  params: idParams,
  body: factsInputSchema,
  response: z.object({
    workers: countsSchema,
    attendance: countsSchema,
    payroll: countsSchema,
    laborCostAllocations: countsSchema,
  }),
});

export const getProjectBundle = defineRoute({
  id: "wages.projects.bundle",
  method: "GET",
  path: "/v1/wage-projects/:id/bundle",
  summary:
    "The project's facts as a bundle for POST /v1/wages/evaluate, with the calendar and parameters in force: what the daily evaluation reads (worker ids only, no names or numbers)",
  tags: ["wages"],
  access: READERS,
  params: idParams,
  query: z.object({ asOf: isoDate.optional() }),
  response: z.object({ bundle: bundleSchema }),
});

export const WAGE_UPLOAD_KINDS = ["roster", "attendance", "payroll", "allocations"] as const;
const rowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});

export const uploadFacts = defineRoute({
  id: "wages.projects.upload",
  method: "POST",
  path: "/v1/wage-projects/:id/uploads/:kind",
  summary:
    "Upload a roster, attendance, payroll or allocation sheet (.xlsx or .csv in the template's columns): valid rows are upserted, each bad row is reported with its row, column and reason; the same file again changes nothing",
  tags: ["wages"],
  access: FEEDERS,
  upload: true,
  params: z.object({ id: z.uuid(), kind: z.enum(WAGE_UPLOAD_KINDS) }),
  query: z.object({
    format: z.enum(["csv", "xlsx"]),
    dryRun: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  }),
  response: z.object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    counts: countsSchema,
    errors: z.array(rowErrorSchema),
  }),
});

export const getWageTemplate = defineRoute({
  id: "wages.templates.get",
  method: "GET",
  path: "/v1/wage-templates/:kind",
  summary:
    "The upload template of a roster, attendance, payroll or allocation sheet, with how to fill each column",
  tags: ["wages"],
  access: "public",
  download: true,
  params: z.object({ kind: z.enum(WAGE_UPLOAD_KINDS) }),
  query: z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") }),
  response: z.unknown(),
});
