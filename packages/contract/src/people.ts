import { z } from "zod";
import { okSchema, regionCodeSchema } from "./common.ts";
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from "./job-postings.ts";
import { defineRoute } from "./route.ts";

/**
 * The labour-force registry (劳动力资源库): people who registered themselves or were registered with
 * their consent. Nothing here records ethnicity, religion, political views or movements: the
 * registry serves people looking for work and nothing else.
 */

/** Employment status (实名动态管理): the first three are followed up at a cadence, red/yellow/green. */
export const EMPLOYMENT_STATUSES = [
  "employed_stable",
  "employed_flexible",
  "unemployed",
  "not_in_labour_force",
  "studying",
  "retired",
] as const;
export const FOLLOW_UP_COLOURS = ["green", "yellow", "red"] as const;
/** Where a record stands in the data checks: village entries are checked at township level, counties sample. */
export const CHECK_STAGES = [
  "entered",
  "township_checked",
  "county_sampled",
  "county_verified",
  "returned",
] as const;
export const CONTACT_CHANNELS = ["phone", "home_visit", "office_visit", "online", "message"] as const;
export const OFFER_KINDS = ["jobs", "training", "policy", "other"] as const;
/** 职业资格 (qualification) or 职业技能等级 (skill level, 1 = 一级/高级技师 … 5 = 五级/初级工). */
export const CERTIFICATE_KINDS = ["qualification", "skill_level"] as const;
/** The fields kept encrypted and shown masked unless a permitted role reveals them. */
export const PII_FIELDS = ["idNumber", "phone", "disabilityCertificate"] as const;

export const employmentStatusSchema = z.enum(EMPLOYMENT_STATUSES);
export const checkStageSchema = z.enum(CHECK_STAGES);
const isoDate = z.iso.date();
const idParams = z.object({ id: z.uuid() });
const pageQuery = {
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export const certificateSchema = z
  .object({
    kind: z.enum(CERTIFICATE_KINDS),
    name: z.string().trim().min(1).max(50),
    /** The 大典 occupation the certificate is for, when known. */
    occupationCode: z.string().max(20).nullish(),
    level: z.number().int().min(1).max(5).nullish(),
  })
  .refine((c) => c.kind !== "skill_level" || (c.level !== null && c.level !== undefined), {
    message: "a skill level certificate needs its level (1–5)",
    path: ["level"],
  });

/** What a person says about themselves, or staff record with them. */
export const personFieldsSchema = z.object({
  name: z.string().trim().min(1).max(50),
  /** 公民身份号码: checked under GB 11643; birth date and age come from it. */
  idNumber: z.string().trim().min(1).max(20),
  phone: z.string().trim().max(20).nullish(),
  /** Region of residence. */
  regionCode: regionCodeSchema,
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  education: z.enum(EDUCATION_LEVELS).nullish(),
  /** Years of work experience, for matching to postings that ask for some. */
  experienceYears: z.number().int().min(0).max(60).nullish(),
  skills: z.array(z.string().trim().min(1).max(30)).max(30).default([]),
  certificates: z.array(certificateSchema).max(20).default([]),
  /** 职业分类大典 codes. */
  desiredOccupations: z.array(z.string().max(20)).max(10).default([]),
  desiredRegionCodes: z.array(regionCodeSchema).max(10).default([]),
  /** Lowest acceptable pay, yuan per month. */
  desiredPayMin: z.number().min(0).max(1_000_000).nullish(),
  desiredEmploymentTypes: z.array(z.enum(EMPLOYMENT_TYPES)).max(5).default([]),
  desiredHoursPerWeek: z.number().int().min(1).max(84).nullish(),
  /** Can start from this date; empty: at once. */
  availableFrom: isoDate.nullish(),
  /** Willing to work away from home (the person's own choice). */
  willingElsewhere: z.boolean().default(false),
  graduateYear: z.number().int().min(1950).max(2100).nullish(),
  graduateSchool: z.string().trim().max(100).nullish(),
  registeredUnemployed: z.boolean().default(false),
  /** 就业困难人员: a category code the region defines (see hardship categories). */
  hardshipCategory: z.string().max(20).nullish(),
  disabled: z.boolean().default(false),
  disabilityCertificate: z.string().trim().max(30).nullish(),
  veteran: z.boolean().default(false),
  ruralWorker: z.boolean().default(false),
  lowIncome: z.boolean().default(false),
});
export type PersonFields = z.infer<typeof personFieldsSchema>;

/**
 * A correction of a record: as the fields, except that the encrypted numbers (ID, phone, disability
 * certificate), which screens only ever show masked, may be left out to keep them as stored; a null
 * phone or certificate removes it.
 */
export const personChangesSchema = personFieldsSchema.extend({
  idNumber: personFieldsSchema.shape.idNumber.optional(),
});
export type PersonChanges = z.infer<typeof personChangesSchema>;

export const statusInputSchema = z.object({
  status: employmentStatusSchema,
  /** Since when; default today. */
  since: isoDate.optional(),
});

const namedCode = z.object({ code: z.string(), name: z.string() });

export const followUpSchema = z.object({
  colour: z.enum(FOLLOW_UP_COLOURS).nullable(),
  intervalDays: z.number().int().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  lastContactOn: z.string().nullable(),
});

/** A person as a list shows them: identity numbers masked. */
export const personSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  age: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  status: employmentStatusSchema,
  statusSince: z.string(),
  followUp: followUpSchema,
  checkStage: checkStageSchema,
  householdId: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

/** A person's full record; identity, phone and certificate numbers masked. */
export const personSchema = personSummarySchema.extend({
  birthDate: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  experienceYears: z.number().int().nullable(),
  skills: z.array(z.string()),
  certificates: z.array(
    z.object({
      kind: z.enum(CERTIFICATE_KINDS),
      name: z.string(),
      occupation: namedCode.nullable(),
      level: z.number().int().nullable(),
    }),
  ),
  desiredOccupations: z.array(namedCode),
  desiredRegions: z.array(namedCode),
  desiredPayMin: z.number().nullable(),
  desiredEmploymentTypes: z.array(z.enum(EMPLOYMENT_TYPES)),
  desiredHoursPerWeek: z.number().int().nullable(),
  availableFrom: z.string().nullable(),
  willingElsewhere: z.boolean(),
  /** Whether employers may see the person among recommended candidates; only the person sets it. */
  recommendable: z.boolean(),
  graduateYear: z.number().int().nullable(),
  graduateSchool: z.string().nullable(),
  registeredUnemployed: z.boolean(),
  hardshipCategory: namedCode.nullable(),
  disabled: z.boolean(),
  disabilityCertificateMasked: z.string().nullable(),
  veteran: z.boolean(),
  ruralWorker: z.boolean(),
  lowIncome: z.boolean(),
  household: z.object({ id: z.string(), reference: z.string(), regionCode: z.string() }).nullable(),
  selfRegistered: z.boolean(),
  consent: z.object({
    givenOn: z.string(),
    method: z.enum(["self", "staff", "import"]),
    purpose: z.string(),
    statement: z.string().nullable(),
    collectedBy: z.string(),
  }),
  statusHistory: z.array(
    z.object({ status: employmentStatusSchema, since: z.string(), recordedBy: z.string().nullable() }),
  ),
  contacts: z.array(
    z.object({
      id: z.string(),
      contactedOn: z.string(),
      channel: z.enum(CONTACT_CHANNELS),
      offered: z.array(z.enum(OFFER_KINDS)),
      postingIds: z.array(z.string()),
      note: z.string().nullable(),
      recordedBy: z.string().nullable(),
    }),
  ),
  check: z.object({
    stage: checkStageSchema,
    /** Region level of whoever entered the record (5 village … 1 region); null when the person did. */
    enteredLevel: z.number().int().nullable(),
    note: z.string().nullable(),
    history: z.array(
      z.object({
        at: z.string(),
        actorName: z.string().nullable(),
        fromStage: checkStageSchema.nullable(),
        toStage: checkStageSchema,
        note: z.string().nullable(),
      }),
    ),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const personResponseSchema = z.object({ person: personSchema });

// ——— staff ———

export const createPerson = defineRoute({
  id: "people.create",
  method: "POST",
  path: "/v1/people",
  summary: "Register a person who agreed to it, recording who took the consent, when and for what",
  tags: ["people"],
  access: ["staff"],
  successStatus: 201,
  body: personFieldsSchema.extend({
    status: statusInputSchema,
    householdId: z.uuid().nullish(),
    consent: z.object({
      purpose: z.string().trim().min(4).max(200),
      /** The person's own words or the form they signed. */
      statement: z.string().trim().min(4).max(1000),
      givenOn: isoDate.optional(),
    }),
  }),
  response: personResponseSchema,
});

export const listPeople = defineRoute({
  id: "people.list",
  method: "GET",
  path: "/v1/people",
  summary: "People whose residence lies in the caller's jurisdiction, by name",
  tags: ["people"],
  access: ["staff", "leadership"],
  query: z.object({
    region: regionCodeSchema.optional(),
    status: employmentStatusSchema.optional(),
    checkStage: checkStageSchema.optional(),
    q: z.string().trim().min(1).max(50).optional(),
    ...pageQuery,
  }),
  response: z.object({ items: z.array(personSummarySchema), nextCursor: z.string().nullable() }),
});

export const findPeople = defineRoute({
  id: "people.find",
  method: "POST",
  path: "/v1/people/find",
  summary: "Find people in one's jurisdiction by exact ID number or phone (kept out of URLs and logs)",
  tags: ["people"],
  access: ["staff"],
  body: z
    .object({ idNumber: z.string().trim().max(20).optional(), phone: z.string().trim().max(20).optional() })
    .refine((b) => (b.idNumber ? 1 : 0) + (b.phone ? 1 : 0) === 1, "give either idNumber or phone"),
  response: z.object({ items: z.array(personSummarySchema) }),
});

export const getPerson = defineRoute({
  id: "people.get",
  method: "GET",
  path: "/v1/people/:id",
  summary: "One person's record, masked; every read is audited",
  tags: ["people"],
  access: ["staff", "leadership"],
  params: idParams,
  response: personResponseSchema,
});

export const updatePerson = defineRoute({
  id: "people.update",
  method: "PUT",
  path: "/v1/people/:id",
  summary: "Correct a person's record; it goes back to the data checks",
  tags: ["people"],
  access: ["staff"],
  params: idParams,
  /** The record as for registration, numbers left out kept; an empty `householdId` takes the person out of their household. */
  body: personChangesSchema.extend({ householdId: z.uuid().nullish() }),
  response: personResponseSchema,
});

export const revealPerson = defineRoute({
  id: "people.reveal",
  method: "POST",
  path: "/v1/people/:id/reveal",
  summary: "Show masked fields in full, for a stated reason; audited",
  tags: ["people"],
  access: ["staff"],
  params: idParams,
  body: z.object({
    fields: z.array(z.enum(PII_FIELDS)).min(1).max(3),
    reason: z.string().trim().min(2).max(200),
  }),
  response: z.object({
    idNumber: z.string().optional(),
    phone: z.string().nullable().optional(),
    disabilityCertificate: z.string().nullable().optional(),
  }),
});

export const erasePerson = defineRoute({
  id: "people.erase",
  method: "POST",
  path: "/v1/people/:id/erase",
  summary: "Delete a person's record at their request; only anonymised figures for statistics remain",
  tags: ["people"],
  access: ["staff"],
  params: idParams,
  body: z.object({ reason: z.string().trim().min(2).max(200) }),
  response: okSchema,
});

// ——— households ———

export const householdSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  reference: z.string(),
});

export const createHousehold = defineRoute({
  id: "people.createHousehold",
  method: "POST",
  path: "/v1/households",
  summary: "Register a household by its number in the village or community register",
  tags: ["people"],
  access: ["staff"],
  successStatus: 201,
  body: z.object({ regionCode: regionCodeSchema, reference: z.string().trim().min(1).max(50) }),
  response: z.object({ household: householdSchema }),
});

export const listZeroEmploymentHouseholds = defineRoute({
  id: "people.zeroEmploymentHouseholds",
  method: "GET",
  path: "/v1/households/zero-employment",
  summary:
    "零就业家庭 in one's jurisdiction: working-age (16–60) members in the labour force, all unemployed",
  tags: ["people"],
  access: ["staff", "leadership"],
  query: z.object(pageQuery),
  response: z.object({
    items: z.array(
      householdSchema.extend({
        members: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            age: z.number().int(),
            status: employmentStatusSchema,
          }),
        ),
      }),
    ),
    nextCursor: z.string().nullable(),
  }),
});

export const hardshipCategorySchema = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
});

export const listHardshipCategories = defineRoute({
  id: "people.hardshipCategories",
  method: "GET",
  path: "/v1/hardship-categories",
  summary: "The 就业困难人员 categories that apply in a region (its own and its ancestors')",
  tags: ["people"],
  access: "public",
  query: z.object({ region: regionCodeSchema }),
  response: z.object({ items: z.array(hardshipCategorySchema) }),
});
