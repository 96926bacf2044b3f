import { createHash } from "node:crypto";
import type { PersonFields } from "@jiuye/contract/people";
import { ageOn, validateIdNumber } from "@jiuye/identifiers/gb11643";
import type { Deps } from "../../http/context.ts";
import { AppError, type ErrorCode } from "../../lib/errors.ts";

/** Working age (劳动年龄) for the registry and 零就业家庭: 16 to 60 in whole years. */
export const WORKING_AGE = { min: 16, max: 60 } as const;

export interface FieldIssue {
  path: string;
  message: string;
  code: ErrorCode;
}

/** Fields that passed every check, normalised, with what the identity number says. */
export interface CheckedFields {
  fields: PersonFields;
  idNumber: string;
  birthDate: string;
  phone: string | null;
  regionPath: string;
}

const ID_REASONS = {
  format: "not 17 digits and a check character",
  birthdate: "its birth date is not a real date in the past",
  checksum: "its check digit is wrong",
} as const;

/** A phone number as digits (a +86 before a mobile number dropped); null when it is not one. */
export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[\s()-]/g, "").replace(/^\+?86(?=1\d{10}$)/, "");
  return /^1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits) ? digits : null;
}

const blank = (s: string | null | undefined) => (s === undefined || s === null || s.trim() === "" ? null : s);
const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

/**
 * Checks a person's fields against GB 11643, the region directory, the 大典 and the region's
 * 就业困难人员 categories; returns every problem with its JSON path, or the normalised fields.
 */
export function checkPersonFields(
  deps: Pick<Deps, "regions" | "catalogue">,
  input: PersonFields,
  opts: { today: string; categories: ReadonlyMap<string, string> },
): { ok: true; value: CheckedFields } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const id = validateIdNumber(input.idNumber, opts.today);
  if (!id.ok) {
    issues.push({ path: "$.idNumber", message: ID_REASONS[id.reason], code: "PEOPLE_ID_NUMBER_INVALID" });
  } else if (ageOn(id.birthDate, opts.today) < WORKING_AGE.min) {
    issues.push({
      path: "$.idNumber",
      message: `under ${WORKING_AGE.min}, the minimum working age`,
      code: "PEOPLE_UNDER_WORKING_AGE",
    });
  }
  const rawPhone = blank(input.phone);
  const phone = rawPhone === null ? null : normalisePhone(rawPhone);
  if (rawPhone !== null && phone === null)
    issues.push({
      path: "$.phone",
      message: "not a mobile or landline number",
      code: "PEOPLE_PHONE_INVALID",
    });
  const region = deps.regions.get(input.regionCode);
  if (!region) issues.push({ path: "$.regionCode", message: "unknown region", code: "REGIONS_UNKNOWN_CODE" });
  input.desiredRegionCodes.forEach((code, i) => {
    if (!deps.regions.get(code))
      issues.push({
        path: `$.desiredRegionCodes[${i}]`,
        message: "unknown region",
        code: "REGIONS_UNKNOWN_CODE",
      });
  });
  input.desiredOccupations.forEach((code, i) => {
    if (!deps.catalogue.occupation(code))
      issues.push({
        path: `$.desiredOccupations[${i}]`,
        message: "not a 职业分类大典 code",
        code: "PEOPLE_UNKNOWN_CODE",
      });
  });
  input.certificates.forEach((c, i) => {
    if (c.occupationCode && !deps.catalogue.occupation(c.occupationCode))
      issues.push({
        path: `$.certificates[${i}].occupationCode`,
        message: "not a 职业分类大典 code",
        code: "PEOPLE_UNKNOWN_CODE",
      });
  });
  const category = blank(input.hardshipCategory);
  if (category !== null) {
    const definedAt = opts.categories.get(category);
    if (!definedAt || (region && !deps.regions.contains(definedAt, region.code)))
      issues.push({
        path: "$.hardshipCategory",
        message: "not a 就业困难人员 category of this region",
        code: "PEOPLE_UNKNOWN_CODE",
      });
  }
  if (((input.latitude ?? null) === null) !== ((input.longitude ?? null) === null))
    issues.push({
      path: "$.longitude",
      message: "give both latitude and longitude",
      code: "VALIDATION_FAILED",
    });
  if (issues.length > 0 || !id.ok || !region) return { ok: false, issues };

  const certificate = blank(input.disabilityCertificate)?.toUpperCase() ?? null;
  // Built key by key, so that extra body fields never reach the record or its hash.
  const fields: PersonFields = {
    name: input.name.trim(),
    idNumber: id.idNumber,
    phone,
    regionCode: region.code,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    education: input.education ?? null,
    experienceYears: input.experienceYears ?? null,
    skills: unique(input.skills),
    certificates: input.certificates.map((c) => ({
      kind: c.kind,
      name: c.name,
      occupationCode: c.occupationCode || null,
      level: c.level ?? null,
    })),
    desiredOccupations: unique(input.desiredOccupations),
    desiredRegionCodes: unique(input.desiredRegionCodes),
    desiredPayMin: input.desiredPayMin ?? null,
    desiredEmploymentTypes: unique(input.desiredEmploymentTypes),
    desiredHoursPerWeek: input.desiredHoursPerWeek ?? null,
    availableFrom: input.availableFrom ?? null,
    willingElsewhere: input.willingElsewhere,
    graduateYear: input.graduateYear ?? null,
    graduateSchool: blank(input.graduateSchool),
    registeredUnemployed: input.registeredUnemployed,
    hardshipCategory: category,
    disabled: input.disabled || certificate !== null,
    disabilityCertificate: certificate,
    veteran: input.veteran,
    ruralWorker: input.ruralWorker,
    lowIncome: input.lowIncome,
  };
  return {
    ok: true,
    value: { fields, idNumber: id.idNumber, birthDate: id.birthDate, phone, regionPath: region.path },
  };
}

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  PEOPLE_ID_NUMBER_INVALID: "This 公民身份号码 fails the GB 11643 check",
  PEOPLE_UNDER_WORKING_AGE: "The registry is for people of working age",
  PEOPLE_PHONE_INVALID: "This is not a phone number",
  REGIONS_UNKNOWN_CODE: "A region code is unknown",
  PEOPLE_UNKNOWN_CODE: "A code is not known here",
};

/** The checked fields, or one error carrying every problem (its code is the first problem's). */
export function requireValidFields(...args: Parameters<typeof checkPersonFields>): CheckedFields {
  const result = checkPersonFields(...args);
  if (result.ok) return result.value;
  const first = result.issues[0];
  const code = first?.code ?? "VALIDATION_FAILED";
  throw new AppError(
    code,
    MESSAGES[code] ?? "The record has invalid fields",
    result.issues.map(({ path, message }) => ({ path, message })),
  );
}

/** A value with object keys in sorted order, so that equal records serialise alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

/**
 * The registry fields as one hash, with the household: an unchanged re-import or edit changes
 * nothing, and a real change sends the record back to the data checks.
 */
export function contentHash(fields: PersonFields, householdId: string | null): string {
  // Without experience years a record hashes as it did before the field existed (migration 0006).
  const { experienceYears, ...rest } = fields;
  const hashed = experienceYears === null || experienceYears === undefined ? rest : fields;
  return createHash("sha256")
    .update(JSON.stringify(canonical({ ...hashed, householdId })))
    .digest("base64url");
}
