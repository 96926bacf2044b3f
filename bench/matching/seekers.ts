/**
 * Realistic synthetic job seekers for the matching benchmark, drawn from the same kinds of work and
 * counties as the posting generator: what they want (one to three occupations, sometimes a group,
 * sometimes none), where (home, a county of their choice, or anywhere), pay around what that work
 * pays, the skills and certificates that work asks, schooling and years of experience. Deterministic
 * for a seed.
 */
import { randomUUID } from "node:crypto";
import { monthlyEquivalent } from "@jiuye/contract/job-postings";
import type { EducationLevel, EmploymentType, MatchPerson } from "@jiuye/matching/features";
import { skillsAsked } from "@jiuye/matching/skills";
import { suggestOccupation } from "../../apps/server/src/modules/jobs/jobs.rules.ts";
import { counties, JOBS } from "../jobs/generate.ts";
import { pick, rng } from "../lib/random.ts";

export interface GeneratedSeeker {
  id: string;
  userId: string;
  status: "unemployed" | "employed_flexible" | "studying";
  graduateYear: number | null;
  birthDate: string;
  /** What matching reads, as the registry row and its certificates give it back. */
  person: MatchPerson;
}

const SCHOOLING: [EducationLevel | null, number][] = [
  [null, 0.1],
  ["primary", 0.05],
  ["junior_secondary", 0.3],
  ["senior_secondary", 0.17],
  ["vocational", 0.15],
  ["associate", 0.13],
  ["bachelor", 0.1],
];

function weighted<T>(r: () => number, table: [T, number][]): T {
  let x = r();
  for (const [value, weight] of table) {
    x -= weight;
    if (x < 0) return value;
  }
  return (table.at(-1) as [T, number])[0];
}

/** A kind of work with the 大典 code the intake would give its postings and the skills it asks. */
function kindsOfWork() {
  return JOBS.map((job) => ({
    ...job,
    code: suggestOccupation(job.title, ""),
    skills: skillsAsked(job.title).map((s) => s.entry),
  }));
}

/** `count` active seekers (unemployed, flexibly employed, or graduating in `graduateYear`), each with an account. */
export function generateSeekers(count: number, graduateYear: number, seed = 11): GeneratedSeeker[] {
  const r = rng(seed);
  const places = counties();
  const kinds = kindsOfWork();
  const out: GeneratedSeeker[] = [];
  for (let i = 0; i < count; i++) {
    const home = pick(r, places);
    const job = pick(r, kinds);
    const status = weighted(r, [
      ["unemployed", 0.7],
      ["employed_flexible", 0.2],
      ["studying", 0.1],
    ] as const);
    const graduate = status === "studying";
    const codes: string[] = [];
    if (job.code && r() < 0.9) codes.push(r() < 0.1 ? job.code.split("-").slice(0, 2).join("-") : job.code);
    const second = pick(r, kinds).code;
    if (second && r() < 0.4 && !codes.includes(second)) codes.push(second);
    const desiredRegions = r() < 0.7 ? [] : r() < 0.67 ? [home.code] : [pick(r, places).code];
    const [lo, hi] = job.pay;
    const monthly = monthlyEquivalent(lo + r() * (hi - lo) * 0.6, job.unit);
    const held = job.skills.filter(() => r() < 0.5);
    const certified = job.skills.filter(() => r() < 0.3);
    const located = r() < 0.4;
    out.push({
      id: randomUUID(),
      userId: randomUUID(),
      status,
      graduateYear: graduate ? graduateYear : null,
      birthDate: graduate
        ? `${graduateYear - 22}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`
        : `${1970 + Math.floor(r() * 34)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
      person: {
        regionCode: home.code,
        latitude: located ? Math.round((home.lat + (r() - 0.5) * 0.3) * 1e5) / 1e5 : null,
        longitude: located ? Math.round((home.lon + (r() - 0.5) * 0.3) * 1e5) / 1e5 : null,
        education: graduate ? (r() < 0.5 ? "associate" : "bachelor") : weighted(r, SCHOOLING),
        experienceYears: graduate ? 0 : r() < 0.2 ? null : Math.floor(r() * 16),
        skills: held.map((s) => s.words[0] ?? s.name),
        certificates: certified.map((s) => ({ name: s.name, occupationCode: null })),
        desiredOccupations: codes,
        desiredRegionCodes: desiredRegions,
        desiredPayMin: monthly === null || r() < 0.15 ? null : Math.round(monthly / 100) * 100,
        desiredEmploymentTypes: r() < 0.7 ? [job.type as EmploymentType] : [],
        desiredHoursPerWeek: r() < 0.5 ? null : pick(r, [40, 44, 48]),
        willingElsewhere: r() < 0.15,
      },
    });
  }
  return out;
}
