import { z } from "zod";
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, SALARY_UNITS } from "./job-postings.ts";
import { defineRoute } from "./route.ts";

/**
 * Match scores between a person and a posting, explained requirement by requirement. Every factor
 * carries structured detail (codes, numbers, skill names, km) that the web labels in its own
 * languages; the scorer writes no sentences.
 */

export const MATCH_FACTORS = [
  "occupation",
  "skills",
  "distance",
  "pay",
  "education",
  "experience",
  "hours",
  "type",
] as const;
export type MatchFactorName = (typeof MATCH_FACTORS)[number];
/** `unknown`: one side did not say; scored at half its weight, never as a miss. */
export const MATCH_FITS = ["fits", "partial", "misses", "unknown"] as const;
export type MatchFit = (typeof MATCH_FITS)[number];
/** How the training that closes a gap is given: a 职业技能培训 course, a licence's own course or exam. */
export const TRAINING_KINDS = [
  "skill_training",
  "special_operations",
  "special_equipment",
  "driving_licence",
  "qualification_exam",
] as const;
/** How much of two 职业分类大典 codes agree: the 细类 itself, its 小类, its 中类, its 大类, nothing. */
export const OCCUPATION_SHARES = ["unit", "minor", "medium", "major", "none"] as const;
/** Where a posting lies from a person's home when coordinates are missing on either side. */
export const DISTANCE_AREAS = ["same_county", "same_prefecture", "elsewhere"] as const;
/** Where a posting's weekly hours come from: its text, or the usual hours of its employment type. */
export const HOURS_SOURCES = ["text", "type"] as const;

const educationSchema = z.enum(EDUCATION_LEVELS);
const employmentTypeSchema = z.enum(EMPLOYMENT_TYPES);

export const trainingSchema = z.object({ name: z.string(), kind: z.enum(TRAINING_KINDS) });
export type Training = z.infer<typeof trainingSchema>;

/** A skill or certificate of the lexicon: a stable id, its name, its 大典 code when it has one. */
export const skillRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  occupationCode: z.string().nullable(),
  /** The posting prefers it (`…优先`) rather than requires it. */
  preferred: z.boolean(),
});

const base = {
  fit: z.enum(MATCH_FITS),
  /** The factor's share of the 100 points. */
  weight: z.number(),
  /** What this match earned of the weight. */
  points: z.number(),
};

export const matchFactorSchema = z.discriminatedUnion("factor", [
  z.object({
    factor: z.literal("occupation"),
    ...base,
    detail: z.object({
      postingCode: z.string().nullable(),
      /** The person's desired occupation closest to the posting's. */
      desiredCode: z.string().nullable(),
      shared: z.enum(OCCUPATION_SHARES),
    }),
  }),
  z.object({
    factor: z.literal("skills"),
    ...base,
    detail: z.object({
      held: z.array(skillRefSchema),
      /** Asked and not held, each with the training that would close the gap where the platform knows one. */
      missing: z.array(skillRefSchema.extend({ training: trainingSchema.nullable() })),
    }),
  }),
  z.object({
    factor: z.literal("distance"),
    ...base,
    detail: z.object({
      /** Great-circle km from home to the workplace, when both have coordinates. */
      km: z.number().nullable(),
      area: z.enum(DISTANCE_AREAS),
      /** The posting lies in a region the person asked for away from home. */
      desiredRegion: z.boolean(),
      willingElsewhere: z.boolean(),
    }),
  }),
  z.object({
    factor: z.literal("pay"),
    ...base,
    detail: z.object({
      /** The posting's pay per month (day × 21.75, hour × 174); null for piece rates. */
      monthlyMin: z.number().nullable(),
      monthlyMax: z.number().nullable(),
      unit: z.enum(SALARY_UNITS),
      /** The person's lowest acceptable monthly pay; left out of what employers see. */
      desiredMin: z.number().nullable(),
    }),
  }),
  z.object({
    factor: z.literal("education"),
    ...base,
    detail: z.object({ asked: educationSchema.nullable(), held: educationSchema.nullable() }),
  }),
  z.object({
    factor: z.literal("experience"),
    ...base,
    detail: z.object({ askedYears: z.number().nullable(), heldYears: z.number().nullable() }),
  }),
  z.object({
    factor: z.literal("hours"),
    ...base,
    detail: z.object({
      postingHours: z.number().nullable(),
      source: z.enum(HOURS_SOURCES).nullable(),
      desiredHours: z.number().nullable(),
    }),
  }),
  z.object({
    factor: z.literal("type"),
    ...base,
    detail: z.object({ asked: employmentTypeSchema, desired: z.array(employmentTypeSchema) }),
  }),
]);
export type MatchFactor = z.infer<typeof matchFactorSchema>;

/** A score of 0–100 and its factors, in the order of `MATCH_FACTORS`. */
export const matchSchema = z.object({ score: z.number().int(), factors: z.array(matchFactorSchema) });
export type Match = z.infer<typeof matchSchema>;

/** A posting as a list of matches shows it. */
export const matchedPostingSchema = z.object({
  id: z.string(),
  title: z.string(),
  employerName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  salaryMin: z.number(),
  salaryMax: z.number(),
  salaryUnit: z.enum(SALARY_UNITS),
  employmentType: employmentTypeSchema,
  validUntil: z.string().nullable(),
});

export const postingMatchSchema = matchSchema.extend({ posting: matchedPostingSchema });
export type PostingMatch = z.infer<typeof postingMatchSchema>;

/**
 * A recommended candidate as the posting's employer sees them: no name beyond the surname, no
 * contact details, no identity number, household or key-group flags.
 */
export const candidateSchema = matchSchema.extend({
  /** For an invitation; it tells nothing about the person. */
  personId: z.string(),
  /** The surname and `**`. */
  maskedName: z.string(),
  age: z.number().int(),
  education: educationSchema.nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  skills: z.array(z.string()),
  certificates: z.array(z.string()),
});
export type Candidate = z.infer<typeof candidateSchema>;

const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const listPersonMatches = defineRoute({
  id: "matching.personMatches",
  method: "GET",
  path: "/v1/people/:id/matches",
  summary:
    "Published postings that fit a person best, each with its score and why: the person themselves, or staff and leadership of their region",
  tags: ["matching"],
  access: ["seeker", "staff", "leadership"],
  params: z.object({ id: z.uuid() }),
  query: limitQuery,
  response: z.object({ items: z.array(postingMatchSchema) }),
});

export const listOwnMatches = defineRoute({
  id: "matching.ownMatches",
  method: "GET",
  path: "/v1/me/matches",
  summary: "Published postings that fit one's own registry record best, each with its score and why",
  tags: ["matching"],
  access: ["seeker"],
  query: limitQuery,
  response: z.object({ items: z.array(postingMatchSchema) }),
});

export const listPostingCandidates = defineRoute({
  id: "matching.postingCandidates",
  method: "GET",
  path: "/v1/job-postings/:id/candidates",
  summary:
    "People who chose to be recommended and fit a published posting best, without contact details: its employer or the staff of its region",
  tags: ["matching"],
  access: ["employer", "staff"],
  params: z.object({ id: z.uuid() }),
  query: limitQuery,
  response: z.object({ items: z.array(candidateSchema) }),
});
