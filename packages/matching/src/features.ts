import {
  type EDUCATION_LEVELS,
  type EMPLOYMENT_TYPES,
  monthlyEquivalent,
  type SALARY_UNITS,
} from "@jiuye/contract/job-postings";
import { weeklyHours } from "./hours.ts";
import { type AskedSkill, skillsAsked, skillsHeld } from "./skills.ts";

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type SalaryUnit = (typeof SALARY_UNITS)[number];

/** What matching reads of a person's registry record. */
export interface MatchPerson {
  /** GB/T 2260 code (6, 9 or 12 digits) or a zone code of where the person lives. */
  regionCode: string;
  latitude: number | null;
  longitude: number | null;
  education: EducationLevel | null;
  experienceYears: number | null;
  skills: readonly string[];
  certificates: readonly { name: string; occupationCode: string | null }[];
  /** 职业分类大典 codes: 细类, or a group for any occupation in it. */
  desiredOccupations: readonly string[];
  desiredRegionCodes: readonly string[];
  /** Yuan per month. */
  desiredPayMin: number | null;
  desiredEmploymentTypes: readonly EmploymentType[];
  desiredHoursPerWeek: number | null;
  willingElsewhere: boolean;
}

/** What matching reads of a posting. */
export interface MatchPosting {
  title: string;
  description: string;
  requirements: string | null;
  occupationCode: string | null;
  regionCode: string;
  latitude: number | null;
  longitude: number | null;
  salaryMin: number;
  salaryMax: number;
  salaryUnit: SalaryUnit;
  employmentType: EmploymentType;
  education: EducationLevel | null;
  experienceYears: number | null;
}

/**
 * Levels of schooling in order; 高中 and 中专 are both upper secondary and stand level. Keyed by the
 * contract's levels, so a new level cannot be left out.
 */
export const EDUCATION_RANK: Readonly<Record<EducationLevel, number>> = {
  none: 0,
  primary: 1,
  junior_secondary: 2,
  senior_secondary: 3,
  vocational: 3,
  associate: 4,
  bachelor: 5,
  master: 6,
  doctorate: 7,
};

interface Place {
  regionCode: string;
  county: string;
  prefecture: string;
  /** Latitude in radians and its cosine, longitude in radians; null without coordinates. */
  lat: number | null;
  cosLat: number;
  lon: number | null;
}

function placeOf(regionCode: string, latitude: number | null, longitude: number | null): Place {
  const located = latitude !== null && longitude !== null;
  const lat = located ? (latitude * Math.PI) / 180 : null;
  return {
    regionCode,
    county: regionCode.slice(0, 6),
    prefecture: regionCode.slice(0, 4),
    lat,
    cosLat: lat === null ? 0 : Math.cos(lat),
    lon: located ? (longitude * Math.PI) / 180 : null,
  };
}

/** A posting read once for scoring against many people. */
export interface PostingFeatures {
  posting: MatchPosting;
  place: Place;
  /** The 大典 code split into its levels (6, 29, 01, 04). */
  occupation: readonly string[] | null;
  asked: readonly AskedSkill[];
  monthlyMin: number | null;
  monthlyMax: number | null;
  weeklyHours: { hours: number; source: "text" | "type" } | null;
  educationRank: number | null;
}

export function postingFeatures(posting: MatchPosting): PostingFeatures {
  const text = [posting.title, posting.description, posting.requirements ?? ""].join("\n");
  const paid = posting.salaryMax > 0;
  const perMonth = (amount: number) => {
    const monthly = paid ? monthlyEquivalent(amount, posting.salaryUnit) : null;
    return monthly === null ? null : Math.round(monthly);
  };
  return {
    posting,
    place: placeOf(posting.regionCode, posting.latitude, posting.longitude),
    occupation: posting.occupationCode ? posting.occupationCode.split("-") : null,
    asked: skillsAsked(text),
    monthlyMin: perMonth(posting.salaryMin),
    monthlyMax: perMonth(posting.salaryMax),
    weeklyHours: weeklyHours(text, posting.employmentType),
    educationRank: posting.education === null ? null : EDUCATION_RANK[posting.education],
  };
}

/**
 * The part of a region code that every region inside it starts with: 65 for 650000, 6523 for
 * 652300, the whole code below a prefecture (652325, 652325100, 652301-Z01).
 */
export function regionPrefix(code: string): string {
  if (code.length !== 6) return code;
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}

/** A person read once for scoring against many postings. */
export interface PersonFeatures {
  person: MatchPerson;
  place: Place;
  desiredOccupations: readonly (readonly string[])[];
  /** Prefixes of the desired regions that do not hold the person's home: they mean to go there. */
  awayRegions: readonly string[];
  held: Uint8Array;
  educationRank: number | null;
}

export function personFeatures(person: MatchPerson): PersonFeatures {
  return {
    person,
    place: placeOf(person.regionCode, person.latitude, person.longitude),
    desiredOccupations: person.desiredOccupations.map((c) => c.split("-")),
    awayRegions: person.desiredRegionCodes
      .map(regionPrefix)
      .filter((prefix) => !person.regionCode.startsWith(prefix)),
    held: skillsHeld(person),
    educationRank: person.education === null ? null : EDUCATION_RANK[person.education],
  };
}

/** Great-circle distance in km between two located places (haversine). */
export function distanceKm(a: Place, b: Place): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const sinLat = Math.sin((b.lat - a.lat) / 2);
  const sinLon = Math.sin((b.lon - a.lon) / 2);
  const h = sinLat * sinLat + a.cosLat * b.cosLat * sinLon * sinLon;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
