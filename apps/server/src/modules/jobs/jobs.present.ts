import type { Finding, Posting, PublicPosting } from "@jiuye/contract/job-postings";
import type { findClusterMates, findEvents, findSources, PostingRow } from "./jobs.repo.ts";

type SourceRow = Awaited<ReturnType<typeof findSources>>[number];
type EventRow = Awaited<ReturnType<typeof findEvents>>[number];
type MateRow = Awaited<ReturnType<typeof findClusterMates>>[number];

/** Sources whose postings are edited in the console; the others are edited where they come from. */
export const FORM_SOURCES: ReadonlySet<string> = new Set(["employer", "staff"]);

const named = (code: string | null, name: string | null) => (code && name ? { code, name } : null);

/** Others in the posting's near-duplicate cluster, once per posting. */
export function alsoPublishedBy(row: PostingRow, mates: MateRow[]) {
  const seen = new Set<string>();
  return mates
    .filter((m) => m.cluster_id === row.cluster_id && m.id !== row.id && !seen.has(m.id) && seen.add(m.id))
    .map((m) => ({ postingId: m.id, employerName: m.employer_name, source: m.source }));
}

export function presentPublicPosting(row: PostingRow, mates: MateRow[]): PublicPosting {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    requirements: row.requirements,
    employer: {
      id: row.employer_id,
      name: row.employer_name,
      creditCode: row.employer_credit_code,
      verified: row.employer_verified,
    },
    occupation: named(row.occupation_code, row.occupation_name),
    occupationSuggested: row.occupation_suggested,
    industry: named(row.industry_code, row.industry_name),
    regionCode: row.region_code,
    regionName: row.region_name,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    headcount: row.headcount,
    salaryMin: Number(row.salary_min),
    salaryMax: Number(row.salary_max),
    salaryUnit: row.salary_unit,
    employmentType: row.employment_type,
    education: row.education as PublicPosting["education"],
    experienceYears: row.experience_years,
    benefits: row.benefits,
    validUntil: row.valid_until,
    howToApply: row.how_to_apply,
    publishedAt: row.published_at?.toISOString() ?? null,
    alsoPublishedBy: alsoPublishedBy(row, mates),
  };
}

export function presentPosting(
  row: PostingRow,
  extra: { sources: SourceRow[]; events: EventRow[]; mates: MateRow[] },
): Posting {
  return {
    ...presentPublicPosting(row, extra.mates),
    status: row.status,
    editable:
      (row.status === "draft" || row.status === "pending_review") &&
      extra.sources.some((s) => s.posting_id === row.id && FORM_SOURCES.has(s.source)),
    findings: (row.findings as Finding[]).map((f) => ({
      category: f.category,
      severity: f.severity,
      text: f.text,
      basis: f.basis,
    })),
    reviewNote: row.review_note,
    sources: extra.sources
      .filter((s) => s.posting_id === row.id)
      .map((s) => ({
        source: s.source,
        sourceId: s.source_id,
        firstSeen: s.first_seen.toISOString(),
        lastSeen: s.last_seen.toISOString(),
      })),
    history: extra.events
      .filter((e) => e.posting_id === row.id)
      .map((e) => ({
        at: e.at.toISOString(),
        actorName: e.actor_name,
        fromStatus: e.from_status,
        toStatus: e.to_status,
        note: e.note,
      })),
    firstSeen: row.first_seen.toISOString(),
    lastSeen: row.last_seen.toISOString(),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
