import { EDUCATION_LEVELS, EMPLOYMENT_TYPES } from "@jiuye/contract/job-postings";
import type { Match } from "@jiuye/contract/matching";
import { segmentQuery, toTsqueryText } from "@jiuye/jobtext/segment";
import {
  type EducationLevel,
  type EmploymentType,
  type MatchPerson,
  type MatchPosting,
  type PersonFeatures,
  type PostingFeatures,
  personFeatures,
  postingFeatures,
} from "@jiuye/matching/features";
import { SKILLS } from "@jiuye/matching/lexicon";
import { scoreFeatures } from "@jiuye/matching/score";
import { containsPattern } from "../../db/fragments.ts";
import type { Deps } from "../../http/context.ts";
import { todayInChina } from "../../lib/clock.ts";
import { FILTER_TOKEN } from "../jobs/jobs.rules.ts";
import type { RegionDirectory } from "../regions/regions.directory.ts";
import {
  type CandidatePostingRow,
  candidatePeopleQuery,
  candidatePostingsQuery,
  findCertificates,
  type findPostingForMatching,
  type MatchPersonRow,
  type PostingRetrieval,
} from "./matching.repo.ts";

type MatchingDeps = Pick<Deps, "db" | "clock" | "regions">;
type PostingForMatching = NonNullable<Awaited<ReturnType<typeof findPostingForMatching>>>;

/** Postings retrieved per group of people before scoring, and people per posting. */
export const POSTING_CAP = 300;
export const PEOPLE_CAP = 500;
/** Postings paying less than this share of what a person wants are not retrieved. */
const PAY_FLOOR_SHARE = 0.8;

const isEducation = (v: string | null): v is EducationLevel =>
  (EDUCATION_LEVELS as readonly (string | null)[]).includes(v);
const isEmploymentType = (v: string): v is EmploymentType =>
  (EMPLOYMENT_TYPES as readonly string[]).includes(v);

/** A registry row and its certificates as the scorer reads them. */
function matchPersonOf(
  row: MatchPersonRow,
  certificates: { name: string; occupation_code: string | null }[],
): MatchPerson {
  return {
    regionCode: row.region_code,
    latitude: row.latitude,
    longitude: row.longitude,
    education: isEducation(row.education) ? row.education : null,
    experienceYears: row.experience_years,
    skills: row.skills,
    certificates: certificates.map((c) => ({ name: c.name, occupationCode: c.occupation_code })),
    desiredOccupations: row.desired_occupations,
    desiredRegionCodes: row.desired_region_codes,
    desiredPayMin: row.desired_pay_min === null ? null : Number(row.desired_pay_min),
    desiredEmploymentTypes: row.desired_employment_types.filter(isEmploymentType),
    desiredHoursPerWeek: row.desired_hours_per_week,
    willingElsewhere: row.willing_elsewhere,
  };
}

function matchPostingOf(row: CandidatePostingRow | PostingForMatching): MatchPosting {
  return {
    title: row.title,
    description: row.description,
    requirements: row.requirements,
    occupationCode: row.occupation_code,
    regionCode: row.region_code,
    latitude: row.latitude,
    longitude: row.longitude,
    salaryMin: Number(row.salary_min),
    salaryMax: Number(row.salary_max),
    salaryUnit: row.salary_unit,
    employmentType: row.employment_type,
    education: isEducation(row.education) ? row.education : null,
    experienceYears: row.experience_years,
  };
}

/** The prefecture a region lies in (itself at the top two levels). */
function prefectureOf(regions: RegionDirectory, code: string) {
  const region = regions.get(code);
  return [...regions.ancestors(code), region].find((r) => r?.level === 2) ?? region;
}

const anyOf = (terms: Iterable<string>) => {
  const all = [...new Set(terms)];
  return all.length > 0 ? all.map((t) => (t.includes("&") ? `(${t})` : t)).join(" | ") : null;
};
/** Filter tokens are codes and `@:`, never quotes: quoted, they are lexemes as they are. */
const token = (t: string) => `'${t}'`;

/**
 * What finds the postings a person may match: in their prefecture or a region they asked for
 * (anywhere, when willing to work away), and in the 中类 of an occupation they want or mentioning a
 * skill they hold.
 */
function retrievalFor(
  person: MatchPerson,
  sf: PersonFeatures,
  regions: RegionDirectory,
): Pick<PostingRetrieval, "places" | "occupations" | "words"> {
  const home = prefectureOf(regions, person.regionCode)?.code ?? person.regionCode;
  const groups = person.desiredOccupations.map((c) => c.split("-").slice(0, 2).join("-"));
  const words = [...person.skills, ...SKILLS.filter((_, i) => sf.held[i] === 1).flatMap((s) => s.words)];
  return {
    places: person.willingElsewhere
      ? null
      : anyOf([home, ...person.desiredRegionCodes].map((c) => token(FILTER_TOKEN.region(c)))),
    occupations: anyOf(groups.map((g) => token(FILTER_TOKEN.occupation(g)))),
    words: anyOf(words.map((w) => toTsqueryText(segmentQuery(w))).filter((t) => t !== "")),
  };
}

export interface PostingMatchResult {
  posting: CandidatePostingRow;
  match: Match;
}

const byScore = (a: PostingMatchResult, b: PostingMatchResult) =>
  b.match.score - a.match.score ||
  (b.posting.published_at?.getTime() ?? 0) - (a.posting.published_at?.getTime() ?? 0) ||
  (a.posting.id < b.posting.id ? -1 : 1);

/**
 * The best postings for many people at once (the daily push): people whose retrieval is the same
 * (region, occupation groups, skills) share one query; each posting is read once for all of them.
 */
export async function findMatchesForPeople(
  deps: MatchingDeps,
  opts: { people: MatchPersonRow[]; limit: number; since?: Date },
): Promise<Map<string, PostingMatchResult[]>> {
  type Member = { id: string; person: MatchPerson; sf: PersonFeatures };
  const groups = new Map<string, { retrieval: ReturnType<typeof retrievalFor>; members: Member[] }>();
  for (const { row, person } of await withCertificates(deps, opts.people)) {
    const sf = personFeatures(person);
    const retrieval = retrievalFor(person, sf, deps.regions);
    const key = JSON.stringify(retrieval);
    const group = groups.get(key) ?? { retrieval, members: [] };
    group.members.push({ id: row.id, person, sf });
    groups.set(key, group);
  }
  const today = todayInChina(deps.clock.now());
  const features = new Map<string, PostingFeatures>();
  const out = new Map<string, PostingMatchResult[]>();
  for (const { retrieval, members } of groups.values()) {
    const floors = members.map((m) => m.person.desiredPayMin);
    const rows = await candidatePostingsQuery(deps.db, {
      ...retrieval,
      payFloor: floors.includes(null) ? null : Math.min(...floors.map((f) => (f ?? 0) * PAY_FLOOR_SHARE)),
      today,
      publishedSince: opts.since ?? null,
      cap: POSTING_CAP,
    }).execute();
    const read = rows.map((row) => {
      const pf = features.get(row.id) ?? postingFeatures(matchPostingOf(row));
      features.set(row.id, pf);
      return { row, pf };
    });
    for (const m of members) {
      const scored = read.map(({ row, pf }) => ({ posting: row, match: scoreFeatures(pf, m.sf) }));
      out.set(m.id, scored.sort(byScore).slice(0, opts.limit));
    }
  }
  return out;
}

/** The best published postings for one person, each with its score and why. */
export async function findMatchesForPerson(
  deps: MatchingDeps,
  opts: { person: MatchPersonRow; limit: number; since?: Date },
): Promise<PostingMatchResult[]> {
  const found = await findMatchesForPeople(deps, {
    people: [opts.person],
    limit: opts.limit,
    since: opts.since,
  });
  return found.get(opts.person.id) ?? [];
}

/** Registry rows with their certificates, as the scorer reads them. */
async function withCertificates(deps: Pick<Deps, "db">, rows: MatchPersonRow[]) {
  const certificates = await findCertificates(
    deps.db,
    rows.map((r) => r.id),
  );
  const byPerson = new Map<string, typeof certificates>();
  for (const c of certificates) {
    const own = byPerson.get(c.person_id) ?? [];
    own.push(c);
    byPerson.set(c.person_id, own);
  }
  return rows.map((row) => {
    const own = byPerson.get(row.id) ?? [];
    return { row, certificates: own.map((c) => c.name), person: matchPersonOf(row, own) };
  });
}

/**
 * The people who chose to be recommended that fit a posting best: retrieved by where they live or
 * want to work and what they want or hold, then scored.
 */
export async function findCandidatesForPosting(
  deps: MatchingDeps,
  opts: { posting: PostingForMatching; limit: number },
) {
  const pf = postingFeatures(matchPostingOf(opts.posting));
  const code = opts.posting.occupation_code;
  const asked = pf.asked.map((a) => a.entry);
  const rows = await candidatePeopleQuery(deps.db, {
    prefecturePath: prefectureOf(deps.regions, opts.posting.region_code)?.path ?? opts.posting.region_path,
    regionCodes: [
      opts.posting.region_code,
      ...deps.regions.ancestors(opts.posting.region_code).map((r) => r.code),
    ],
    occupation: code ? { code, medium: code.split("-").slice(0, 2).join("-") } : null,
    skillPatterns: asked.flatMap((s) => [s.name, ...s.words]).map(containsPattern),
    skillCodes: asked.flatMap((s) => (s.occupationCode ? [s.occupationCode] : [])),
    cap: PEOPLE_CAP,
  }).execute();
  const people = await withCertificates(deps, rows);
  return people
    .map((p) => ({ ...p, match: scoreFeatures(pf, personFeatures(p.person)) }))
    .sort((a, b) => b.match.score - a.match.score || (a.row.id < b.row.id ? -1 : 1))
    .slice(0, opts.limit);
}
