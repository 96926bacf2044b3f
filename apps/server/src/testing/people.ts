import type { PersonFields } from "@jiuye/contract/people";
import { demoIdNumber } from "../seed/demo-people.ts";

/** A synthetic identity number born on `birthDate` (YYYYMMDD), registered in `region`. */
export function idNumber(sequence: number, birthDate = "19900101", region = "652325"): string {
  return demoIdNumber(region, birthDate, String(sequence).padStart(3, "0"));
}

/** A complete, valid person living in 奇台县; override what a test is about. */
export function personFields(overrides: Partial<PersonFields> = {}): PersonFields {
  return {
    name: "测试人员",
    idNumber: idNumber(1),
    phone: "13899990001",
    regionCode: "652325",
    latitude: null,
    longitude: null,
    education: "senior_secondary",
    skills: ["驾驶"],
    certificates: [{ kind: "skill_level", name: "焊工", occupationCode: null, level: 4 }],
    desiredOccupations: ["6-29-01-04"],
    desiredRegionCodes: ["652325"],
    desiredPayMin: 4000,
    desiredEmploymentTypes: ["full_time"],
    desiredHoursPerWeek: 40,
    availableFrom: null,
    willingElsewhere: false,
    graduateYear: null,
    graduateSchool: null,
    registeredUnemployed: false,
    hardshipCategory: null,
    disabled: false,
    disabilityCertificate: null,
    veteran: false,
    ruralWorker: false,
    lowIncome: false,
    ...overrides,
  };
}

/** What staff send to register a person: the fields, a status and the person's consent. */
export function staffRegistration(
  overrides: Partial<PersonFields> = {},
  extra: { status?: string; since?: string; householdId?: string } = {},
) {
  return {
    ...personFields(overrides),
    status: { status: extra.status ?? "unemployed", ...(extra.since ? { since: extra.since } : {}) },
    ...(extra.householdId ? { householdId: extra.householdId } : {}),
    consent: {
      purpose: "employment services and follow-up",
      statement: "本人自愿登记并同意用于就业服务",
    },
  };
}
