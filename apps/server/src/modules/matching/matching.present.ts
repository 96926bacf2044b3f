import type { Candidate, Match, PostingMatch } from "@jiuye/contract/matching";
import { ageOn } from "@jiuye/identifiers/gb11643";
import type { MatchPerson } from "@jiuye/matching/features";
import type { CandidatePostingRow, MatchPersonRow } from "./matching.repo.ts";

export function presentPostingMatch(posting: CandidatePostingRow, match: Match): PostingMatch {
  return {
    posting: {
      id: posting.id,
      title: posting.title,
      employerName: posting.employer_name,
      regionCode: posting.region_code,
      regionName: posting.region_name,
      salaryMin: Number(posting.salary_min),
      salaryMax: Number(posting.salary_max),
      salaryUnit: posting.salary_unit,
      employmentType: posting.employment_type,
      validUntil: posting.valid_until,
    },
    score: match.score,
    factors: match.factors,
  };
}

/** The surname and `**`: as much of a name as an employer sees before the person answers. */
export function maskName(name: string): string {
  return `${Array.from(name.trim())[0] ?? ""}**`;
}

/**
 * A recommended person as an employer sees them: a masked name, age, schooling, region, skills and
 * certificate names; never numbers, household or key-group flags, nor the pay they asked for.
 */
export function presentCandidate(
  c: { row: MatchPersonRow; person: MatchPerson; certificates: string[]; match: Match },
  today: string,
): Candidate {
  return {
    personId: c.row.id,
    maskedName: maskName(c.row.name),
    age: ageOn(c.row.birth_date, today),
    education: c.person.education,
    regionCode: c.row.region_code,
    regionName: c.row.region_name,
    skills: c.row.skills,
    certificates: c.certificates,
    score: c.match.score,
    factors: c.match.factors.map((f) =>
      f.factor === "pay" ? { ...f, detail: { ...f.detail, desiredMin: null } } : f,
    ),
  };
}
