/**
 * Loads generated postings and seekers straight into the tables matching and the push read, the
 * fast way: COPY (into a staging table for postings, whose search vector PostgreSQL computes from
 * the segmented text and filter tokens the jobs module makes), with the postings' secondary indexes
 * dropped during the load and built again after it. Not the intake pipeline (law check,
 * de-duplication, clusters), which runs at about 600 postings a second.
 */
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PostingFields } from "@jiuye/contract/job-postings";
import { EMPLOYMENT_TYPES } from "@jiuye/contract/job-postings";
import type { MatchPosting } from "@jiuye/matching/features";
import { sql } from "kysely";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { DatabaseHandle } from "../../apps/server/src/db/connect.ts";
import type { Deps } from "../../apps/server/src/http/context.ts";
import { searchVector } from "../../apps/server/src/modules/jobs/jobs.repo.ts";
import {
  monthlyPay,
  searchDocument,
  suggestOccupation,
} from "../../apps/server/src/modules/jobs/jobs.rules.ts";
import type { GeneratedPosting } from "../jobs/generate.ts";
import type { GeneratedSeeker } from "./seekers.ts";

/** A posting as loaded: what scoring reads, and the order the fast path breaks ties by. */
export interface LoadedPosting {
  id: string;
  publishedAt: Date;
  posting: MatchPosting;
}

type Cell = string | number | boolean | null | readonly string[];

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;

/** One CSV line; null is an empty unquoted field, which COPY reads as NULL. */
function csv(cells: Cell[]): string {
  return `${cells
    .map((c) => {
      if (c === null) return "";
      if (typeof c === "string") return quote(c);
      if (typeof c === "object") return quote(arrayLiteral(c));
      return String(c);
    })
    .join(",")}\n`;
}

const CHUNK = 50_000;

/** COPY rows into a table: a COPY stream on PostgreSQL, a blob on PGlite, in chunks. */
async function copyRows(handle: DatabaseHandle, table: string, columns: string[], lines: string[]) {
  const statement = `copy ${table} (${columns.join(", ")}) from stdin with (format csv)`;
  if (handle.kind === "postgres") {
    const client = new pg.Client({
      connectionString: process.env.DATABASE_URL,
      options: `-c search_path=${handle.schema}`,
    });
    await client.connect();
    try {
      await pipeline(Readable.from(lines), client.query(copyFrom(statement)));
    } finally {
      await client.end();
    }
    return;
  }
  for (let i = 0; i < lines.length; i += CHUNK) {
    await handle.pglite?.query(statement.replace("from stdin", "from '/dev/blob'"), [], {
      blob: new Blob(lines.slice(i, i + CHUNK)),
    });
  }
}

const STAGING_COLUMNS = [
  "id",
  "title",
  "description",
  "requirements",
  "employer_id",
  "occupation_code",
  "industry_code",
  "region_code",
  "address",
  "latitude",
  "longitude",
  "headcount",
  "salary_min",
  "salary_max",
  "salary_unit",
  "employment_type",
  "benefits",
  "valid_until",
  "how_to_apply",
  "merge_key",
  "monthly_pay",
  "published_at",
];

const employmentType = (t: string) => {
  const found = EMPLOYMENT_TYPES.find((e) => e === t);
  if (!found) throw new Error(`not an employment type: ${t}`);
  return found;
};

/**
 * Loads postings as published, spread over the `days` before `now`; employers by credit code. The
 * occupation is suggested once per distinct title (the intake suggests it per posting from title
 * and description; generated descriptions differ only in boilerplate).
 */
export async function loadPostings(
  handle: DatabaseHandle,
  deps: Pick<Deps, "regions" | "catalogue">,
  generated: GeneratedPosting[],
  opts: { now: Date; days: number; random: () => number },
): Promise<LoadedPosting[]> {
  const employers = new Map<string, { id: string; name: string; regionCode: string }>();
  for (const g of generated) {
    if (!employers.has(g.employer.creditCode))
      employers.set(g.employer.creditCode, {
        id: randomUUID(),
        name: g.employer.name,
        regionCode: g.regionCode,
      });
  }
  await copyRows(
    handle,
    "organisations",
    ["id", "kind", "name", "credit_code", "region_code", "verified"],
    [...employers].map(([code, e]) => csv([e.id, "employer", e.name, code, e.regionCode, true])),
  );
  const suggested = new Map<string, string | null>();
  const loaded: LoadedPosting[] = [];
  const lines: string[] = [];
  for (const g of generated) {
    if (!suggested.has(g.title)) suggested.set(g.title, suggestOccupation(g.title, g.description));
    const occupationCode = suggested.get(g.title) ?? null;
    const fields: PostingFields = {
      ...g,
      occupationCode: null,
      employmentType: employmentType(g.employmentType),
      education: null,
      experienceYears: null,
    };
    const doc = searchDocument({ fields, employer: g.employer, suggestedOccupation: occupationCode }, deps);
    const id = randomUUID();
    const publishedAt = new Date(opts.now.getTime() - Math.floor(opts.random() * opts.days * 86_400_000));
    const employer = employers.get(g.employer.creditCode);
    lines.push(
      csv([
        id,
        g.title,
        g.description,
        g.requirements,
        employer?.id ?? null,
        occupationCode,
        g.industryCode,
        g.regionCode,
        g.address,
        g.latitude,
        g.longitude,
        g.headcount,
        g.salaryMin,
        g.salaryMax,
        g.salaryUnit,
        fields.employmentType,
        g.benefits,
        g.validUntil,
        g.howToApply,
        `bench|${g.sourceId}`,
        monthlyPay(g.salaryMax, g.salaryUnit),
        publishedAt.toISOString(),
        doc.title,
        doc.body,
        doc.filters,
      ]),
    );
    loaded.push({
      id,
      publishedAt,
      posting: {
        title: g.title,
        description: g.description,
        requirements: g.requirements,
        occupationCode,
        regionCode: g.regionCode,
        latitude: g.latitude,
        longitude: g.longitude,
        salaryMin: g.salaryMin,
        salaryMax: g.salaryMax,
        salaryUnit: g.salaryUnit,
        employmentType: fields.employmentType,
        education: null,
        experienceYears: null,
      },
    });
  }
  const { db } = handle;
  await sql`create unlogged table bench_postings (id uuid, title text, description text, requirements text,
    employer_id uuid, occupation_code text, industry_code text, region_code text, address text,
    latitude float8, longitude float8, headcount int, salary_min numeric, salary_max numeric,
    salary_unit text, employment_type text, benefits text[], valid_until date, how_to_apply text,
    merge_key text, monthly_pay numeric, published_at timestamptz, title_text text, body_text text,
    filters text[])`.execute(db);
  await copyRows(handle, "bench_postings", [...STAGING_COLUMNS, "title_text", "body_text", "filters"], lines);
  const indexes = await sql<{
    indexname: string;
    indexdef: string;
  }>`select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename = 'job_postings' and indexname not like '%pkey'`.execute(
    db,
  );
  for (const { indexname } of indexes.rows) await sql.raw(`drop index ${indexname}`).execute(db);
  const columns = sql.raw(STAGING_COLUMNS.join(", "));
  await sql`insert into job_postings (${columns}, occupation_suggested, status, search_vector, first_seen, last_seen)
    select ${columns}, occupation_code is not null, 'published',
      ${searchVector({ title: sql.ref<string>("title_text"), body: sql.ref<string>("body_text"), filters: sql.ref<string[]>("filters") })},
      published_at, published_at
    from bench_postings`.execute(db);
  await sql`drop table bench_postings`.execute(db);
  for (const { indexdef } of indexes.rows) await sql.raw(indexdef).execute(db);
  return loaded;
}

/** Loads seekers with their seeker accounts, registry records (consent as self-registered) and certificates. */
export async function loadSeekers(handle: DatabaseHandle, seekers: GeneratedSeeker[], today: string) {
  await copyRows(
    handle,
    "users",
    [
      "id",
      "username",
      "display_name",
      "password_hash",
      "role",
      "region_code",
      "consent_at",
      "consent_purpose",
    ],
    seekers.map((s, i) =>
      csv([s.userId, `bench.${i}`, `求职者${i}`, "bench", "seeker", s.person.regionCode, today, "bench"]),
    ),
  );
  await copyRows(
    handle,
    "people",
    [
      "id",
      "user_id",
      "name",
      "id_number_enc",
      "id_number_hash",
      "birth_date",
      "region_code",
      "latitude",
      "longitude",
      "education",
      "experience_years",
      "skills",
      "desired_occupations",
      "desired_region_codes",
      "desired_pay_min",
      "desired_employment_types",
      "desired_hours_per_week",
      "willing_elsewhere",
      "graduate_year",
      "consent_on",
      "consent_method",
      "consent_purpose",
      "consent_statement",
      "consent_collected_by",
      "status",
      "status_since",
      "follow_up_base",
      "content_hash",
    ],
    seekers.map((s, i) => {
      const p = s.person;
      return csv([
        s.id,
        s.userId,
        `求职者${i}`,
        "bench",
        `bench-${i}`,
        s.birthDate,
        p.regionCode,
        p.latitude,
        p.longitude,
        p.education,
        p.experienceYears,
        p.skills,
        p.desiredOccupations,
        p.desiredRegionCodes,
        p.desiredPayMin,
        p.desiredEmploymentTypes,
        p.desiredHoursPerWeek,
        p.willingElsewhere,
        s.graduateYear,
        today,
        "self",
        "bench",
        "bench",
        "self",
        s.status,
        today,
        today,
        "bench",
      ]);
    }),
  );
  await copyRows(
    handle,
    "person_certificates",
    ["person_id", "kind", "name", "level", "seq"],
    seekers.flatMap((s) => s.person.certificates.map((c, seq) => csv([s.id, "skill_level", c.name, 4, seq]))),
  );
}
