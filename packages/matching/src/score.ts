import type { Match, MatchFactor, MatchFit } from "@jiuye/contract/matching";
import {
  distanceKm,
  type MatchPerson,
  type MatchPosting,
  type PersonFeatures,
  type PostingFeatures,
  personFeatures,
  postingFeatures,
} from "./features.ts";
import { SHARES, UNKNOWN_SHARE, WEIGHTS } from "./weights.ts";

/** One factor's outcome before it is weighed: its fit, the share of the weight it earns, its detail. */
type Outcome<F extends MatchFactor["factor"]> = {
  fit: MatchFit;
  share: number;
  detail: Extract<MatchFactor, { factor: F }>["detail"];
};

const LEVELS = ["none", "major", "medium", "minor", "unit"] as const;

/** Share of a fit: all for a fit, the neutral share for unknown, nothing for a miss. */
function judged(fit: "fits" | "misses" | "unknown"): number {
  return fit === "fits" ? 1 : fit === "misses" ? 0 : UNKNOWN_SHARE;
}

function occupation(pf: PostingFeatures, sf: PersonFeatures): Outcome<"occupation"> {
  const postingCode = pf.posting.occupationCode;
  const none = { postingCode, desiredCode: null, shared: "none" as const };
  if (!pf.occupation || sf.desiredOccupations.length === 0)
    return { fit: "unknown", share: UNKNOWN_SHARE, detail: none };
  let best: Outcome<"occupation"> = { fit: "misses", share: 0, detail: none };
  let bestDepth = -1;
  for (const desired of sf.desiredOccupations) {
    let depth = 0;
    while (depth < desired.length && depth < pf.occupation.length && desired[depth] === pf.occupation[depth])
      depth++;
    const detail = { postingCode, desiredCode: desired.join("-"), shared: LEVELS[depth] ?? "none" };
    // A desired 细类, or a group the posting's occupation lies in: what the person asked for.
    if (depth === desired.length) return { fit: "fits", share: 1, detail };
    if (depth <= bestDepth) continue;
    bestDepth = depth;
    const share = depth === 3 ? SHARES.occupation.minor : depth === 2 ? SHARES.occupation.medium : 0;
    best = { fit: share > 0 ? "partial" : "misses", share, detail };
  }
  return best;
}

function skills(pf: PostingFeatures, sf: PersonFeatures): Outcome<"skills"> {
  const held: Outcome<"skills">["detail"]["held"] = [];
  const missing: Outcome<"skills">["detail"]["missing"] = [];
  let askedWeight = 0;
  let missingWeight = 0;
  let requiredMissing = false;
  for (const a of pf.asked) {
    const ref = {
      id: a.entry.id,
      name: a.entry.name,
      occupationCode: a.entry.occupationCode,
      preferred: a.preferred,
    };
    const weight = a.preferred ? SHARES.skills.preferred : 1;
    askedWeight += weight;
    if (sf.held[a.index] === 1) held.push(ref);
    else {
      missing.push({ ...ref, training: a.entry.training });
      missingWeight += weight;
      requiredMissing ||= !a.preferred;
    }
  }
  if (missing.length === 0) return { fit: "fits", share: 1, detail: { held, missing } };
  let share = 1 - missingWeight / askedWeight;
  if (!requiredMissing) share = Math.max(share, SHARES.skills.onlyPreferredMissing);
  return { fit: share > 0 ? "partial" : "misses", share, detail: { held, missing } };
}

function distance(pf: PostingFeatures, sf: PersonFeatures): Outcome<"distance"> {
  const home = sf.place;
  const work = pf.place;
  const km = distanceKm(home, work);
  const area =
    work.county === home.county
      ? "same_county"
      : work.prefecture === home.prefecture
        ? "same_prefecture"
        : "elsewhere";
  const desiredRegion = sf.awayRegions.some((prefix) => work.regionCode.startsWith(prefix));
  const willingElsewhere = sf.person.willingElsewhere;
  const detail = {
    km: km === null ? null : Math.round(km * 10) / 10,
    area,
    desiredRegion,
    willingElsewhere,
  } as const;
  const d = SHARES.distance;
  // Far from home: a miss unless the person chose to go there or is willing to work away.
  const far = (): Outcome<"distance"> =>
    desiredRegion
      ? { fit: "fits", share: 1, detail }
      : willingElsewhere
        ? { fit: "partial", share: d.elsewhereWilling, detail }
        : { fit: "misses", share: 0, detail };
  if (km !== null) {
    if (km <= d.commuteKm) return { fit: "fits", share: 1, detail };
    if (km > d.farKm) return far();
    return {
      fit: "partial",
      share: 1 - ((1 - d.farShare) * (km - d.commuteKm)) / (d.farKm - d.commuteKm),
      detail,
    };
  }
  if (area === "same_county") return { fit: "fits", share: 1, detail };
  if (area === "same_prefecture")
    return desiredRegion
      ? { fit: "fits", share: 1, detail }
      : { fit: "partial", share: d.samePrefecture, detail };
  return far();
}

function pay(pf: PostingFeatures, sf: PersonFeatures): Outcome<"pay"> {
  const desiredMin = sf.person.desiredPayMin;
  const detail = {
    monthlyMin: pf.monthlyMin,
    monthlyMax: pf.monthlyMax,
    unit: pf.posting.salaryUnit,
    desiredMin,
  };
  if (desiredMin === null || pf.monthlyMin === null || pf.monthlyMax === null)
    return { fit: "unknown", share: UNKNOWN_SHARE, detail };
  if (pf.monthlyMin >= desiredMin) return { fit: "fits", share: 1, detail };
  if (pf.monthlyMax >= desiredMin) return { fit: "partial", share: SHARES.pay.withinRange, detail };
  return { fit: "misses", share: 0, detail };
}

function education(pf: PostingFeatures, sf: PersonFeatures): Outcome<"education"> {
  const detail = { asked: pf.posting.education, held: sf.person.education };
  const asked = pf.educationRank;
  if (asked === null || asked === 0) return { fit: "fits", share: 1, detail };
  if (sf.educationRank === null) return { fit: "unknown", share: UNKNOWN_SHARE, detail };
  if (sf.educationRank >= asked) return { fit: "fits", share: 1, detail };
  if (sf.educationRank === asked - 1) return { fit: "partial", share: SHARES.education.oneBelow, detail };
  return { fit: "misses", share: 0, detail };
}

function experience(pf: PostingFeatures, sf: PersonFeatures): Outcome<"experience"> {
  const askedYears = pf.posting.experienceYears;
  const heldYears = sf.person.experienceYears;
  const detail = { askedYears, heldYears };
  if (askedYears === null || askedYears === 0) return { fit: "fits", share: 1, detail };
  if (heldYears === null) return { fit: "unknown", share: UNKNOWN_SHARE, detail };
  if (heldYears >= askedYears) return { fit: "fits", share: 1, detail };
  if (heldYears * 2 >= askedYears) return { fit: "partial", share: SHARES.experience.halfway, detail };
  return { fit: "misses", share: 0, detail };
}

function hours(pf: PostingFeatures, sf: PersonFeatures): Outcome<"hours"> {
  const desiredHours = sf.person.desiredHoursPerWeek;
  const detail = {
    postingHours: pf.weeklyHours?.hours ?? null,
    source: pf.weeklyHours?.source ?? null,
    desiredHours,
  };
  if (desiredHours === null || detail.postingHours === null)
    return { fit: "unknown", share: UNKNOWN_SHARE, detail };
  const h = SHARES.hours;
  if (detail.postingHours <= desiredHours * h.fitsUpTo) return { fit: "fits", share: 1, detail };
  if (detail.postingHours <= desiredHours * h.partialUpTo)
    return { fit: "partial", share: h.partial, detail };
  return { fit: "misses", share: 0, detail };
}

function type(pf: PostingFeatures, sf: PersonFeatures): Outcome<"type"> {
  const desired = sf.person.desiredEmploymentTypes;
  const fit =
    desired.length === 0 ? "unknown" : desired.includes(pf.posting.employmentType) ? "fits" : "misses";
  return { fit, share: judged(fit), detail: { asked: pf.posting.employmentType, desired: [...desired] } };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A factor's outcome weighed: the points it earned of its weight. */
function weigh<F extends MatchFactor["factor"]>(factor: F, o: Outcome<F>) {
  const weight = WEIGHTS[factor];
  return { factor, fit: o.fit, weight, points: round1(weight * o.share), detail: o.detail };
}

/** The score of a posting's and a person's features, with every factor explained, in `MATCH_FACTORS` order. */
export function scoreFeatures(pf: PostingFeatures, sf: PersonFeatures): Match {
  const factors: MatchFactor[] = [
    weigh("occupation", occupation(pf, sf)),
    weigh("skills", skills(pf, sf)),
    weigh("distance", distance(pf, sf)),
    weigh("pay", pay(pf, sf)),
    weigh("education", education(pf, sf)),
    weigh("experience", experience(pf, sf)),
    weigh("hours", hours(pf, sf)),
    weigh("type", type(pf, sf)),
  ];
  let total = 0;
  for (const f of factors) total += f.points;
  return { score: Math.max(0, Math.min(100, Math.round(total))), factors };
}

/** How well a posting fits a person (0–100), explained requirement by requirement. */
export function scoreMatch(person: MatchPerson, posting: MatchPosting): Match {
  return scoreFeatures(postingFeatures(posting), personFeatures(person));
}
