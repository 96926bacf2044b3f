import { createHash, randomUUID } from "node:crypto";
import type { Finding, PostingFields } from "@jiuye/contract/job-postings";
import type { Kysely } from "kysely";
import type { Database, PostingStatus } from "../../db/types.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Catalogue } from "../catalogue/catalogue.cache.ts";
import type { RegionDirectory } from "../regions/regions.directory.ts";
import { fileLshKeys, moveToClusters, planClusters, type Signed, signPosting } from "./jobs.clusters.ts";
import {
  findMinhashes,
  findPostingsByMergeKey,
  findSourceRows,
  insertEvents,
  insertPostings,
  type NewPostingRow,
  searchVector,
  touchSources,
  updatePostingRow,
  upsertSourceRows,
} from "./jobs.repo.ts";
import {
  checkFields,
  mergeKey,
  monthlyPay,
  searchDocument,
  statusAfterCheck,
  suggestOccupation,
} from "./jobs.rules.ts";

export interface IntakeItem {
  sourceId: string;
  fields: PostingFields;
  employer: { id: string; name: string; creditCode: string | null };
  /** Set while planning: the occupation the title names when the sender gave no code. */
  suggestedOccupation?: string | null;
}

export interface IntakeContext {
  db: Kysely<Database>;
  clock: Clock;
  regions: RegionDirectory;
  catalogue: Catalogue;
  source: string;
  actor: { id: string | null; name: string | null };
  /** What a posting without findings becomes: draft (forms), pending_review, or published (trusted feeds). */
  cleanStatus: PostingStatus;
}

export interface IntakeOutcome {
  sourceId: string;
  result: "created" | "updated" | "unchanged" | "merged" | "rejected";
  postingId: string | null;
  status: PostingStatus | null;
  findings: Finding[];
  errors: { path: string; message: string }[];
}

function contentHash(item: IntakeItem): string {
  return createHash("sha256")
    .update(JSON.stringify([item.employer.id, item.fields]))
    .digest("base64url");
}

/** Checks the codes an item refers to; returns located errors (paths relative to the item). */
function referenceErrors(item: IntakeItem, ctx: IntakeContext) {
  const errors: { path: string; message: string }[] = [];
  const f = item.fields;
  if (!ctx.regions.get(f.regionCode))
    errors.push({ path: "$.regionCode", message: `unknown region ${f.regionCode}` });
  if (f.occupationCode && !ctx.catalogue.occupation(f.occupationCode)) {
    errors.push({ path: "$.occupationCode", message: `not a 职业分类大典 2022 code: ${f.occupationCode}` });
  }
  if (f.industryCode && !ctx.catalogue.industry(f.industryCode)) {
    errors.push({ path: "$.industryCode", message: `not a GB/T 4754 section: ${f.industryCode}` });
  }
  if (f.salaryMax < f.salaryMin) errors.push({ path: "$.salaryMax", message: "below salaryMin" });
  return errors;
}

type Decision = "create" | "update" | "unchanged" | "merge";

interface PlannedItem {
  index: number;
  item: IntakeItem;
  hash: string;
  key: string;
  findings: Finding[];
  status: PostingStatus;
  signed: Signed;
  decision: Decision;
  /** The posting updated, left unchanged or merged into, when it already exists. */
  postingId: string | null;
  /** For merges into a posting that already exists: its status. */
  existingStatus: PostingStatus | null;
}

export interface IntakePlan {
  planned: PlannedItem[];
  outcomes: IntakeOutcome[];
}

/**
 * Decides, reading only, what each item would do: be created, update the posting its source sent
 * before, stay unchanged (same source, id and content), or merge into the posting another source
 * (or an earlier item) already made for the same employer, normalised title and region. A dry
 * run stops here; `applyIntake` writes the plan.
 */
export async function planIntake(ctx: IntakeContext, items: IntakeItem[]): Promise<IntakePlan> {
  const now = ctx.clock.now();
  const outcomes: IntakeOutcome[] = items.map((item) => ({
    sourceId: item.sourceId,
    result: "rejected",
    postingId: null,
    status: null,
    findings: [],
    errors: referenceErrors(item, ctx),
  }));
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.sourceId))
      outcomes[i]?.errors.push({ path: "$.sourceId", message: "appears twice in this batch" });
    seen.add(item.sourceId);
  });
  const valid = items.flatMap((item, index) =>
    outcomes[index]?.errors.length === 0 ? [{ item, index }] : [],
  );
  const known = new Map(
    (
      await findSourceRows(
        ctx.db,
        ctx.source,
        valid.map((v) => v.item.sourceId),
      )
    ).map((r) => [r.source_id, r]),
  );
  const drafts = valid.map(({ item: given, index }) => {
    const item = {
      ...given,
      suggestedOccupation: given.fields.occupationCode
        ? null
        : suggestOccupation(given.fields.title, given.fields.description),
    };
    const findings = checkFields(item.fields, now);
    const signed = signPosting(item.fields.title, item.fields.description);
    return {
      item,
      index,
      hash: contentHash(item),
      key: mergeKey(item.employer, item.fields),
      findings,
      signed,
    };
  });
  const byKey = new Map(
    (
      await findPostingsByMergeKey(
        ctx.db,
        drafts.map((d) => d.key),
      )
    ).map((r) => [r.merge_key, r]),
  );
  const leaders = new Set<string>();
  const planned = drafts.map((d): PlannedItem => {
    const status = statusAfterCheck(d.findings, ctx.cleanStatus);
    const source = known.get(d.item.sourceId);
    const existing = byKey.get(d.key);
    let decision: Decision;
    if (source) decision = source.content_hash === d.hash ? "unchanged" : "update";
    else if (existing || leaders.has(d.key)) decision = "merge";
    else {
      decision = "create";
      leaders.add(d.key);
    }
    return {
      ...d,
      status,
      decision,
      postingId: source?.posting_id ?? existing?.id ?? null,
      existingStatus: existing?.status ?? null,
    };
  });
  const leaderStatus = new Map(planned.filter((p) => p.decision === "create").map((p) => [p.key, p.status]));
  for (const p of planned) {
    const outcome = outcomes[p.index];
    if (!outcome) continue;
    const result = (
      { create: "created", update: "updated", unchanged: "unchanged", merge: "merged" } as const
    )[p.decision];
    const status =
      p.decision === "merge"
        ? (p.existingStatus ?? leaderStatus.get(p.key) ?? null)
        : p.decision === "unchanged"
          ? null
          : p.status;
    Object.assign(outcome, {
      result,
      postingId: p.postingId,
      status,
      findings: p.decision === "unchanged" ? [] : p.findings,
    });
  }
  return { planned, outcomes };
}

/** Writes a plan: new postings, updates, provenance rows, status history and near-duplicate clusters. */
export async function applyIntake(ctx: IntakeContext, plan: IntakePlan): Promise<IntakeOutcome[]> {
  const now = ctx.clock.now();
  const { planned, outcomes } = plan;
  await touchSources(
    ctx.db,
    ctx.source,
    planned.filter((p) => p.decision === "unchanged").map((p) => p.item.sourceId),
    now,
  );
  const creates = planned.filter((p) => p.decision === "create");
  const updates = planned.filter((p) => p.decision === "update");
  // New postings get their ids here, so clusters can be decided before anything is written.
  const createdId = new Map(creates.map((p) => [p.key, randomUUID()]));
  const idOf = (p: PlannedItem) => p.postingId ?? createdId.get(p.key) ?? "";
  const touched = [...creates, ...updates].map((p) => ({ id: idOf(p), ...p.signed }));
  const clusters = await planClusters(ctx.db, touched);
  const replaced = await findMinhashes(
    ctx.db,
    updates.map((p) => idOf(p)),
  );
  await insertPostings(
    ctx.db,
    creates.map(
      (p): NewPostingRow => ({
        ...postingColumns(p.item, p.findings, p.status, now),
        id: idOf(p),
        minhash: p.signed.hex,
        cluster_id: clusters.rootOf.get(idOf(p)) ?? null,
        employer_id: p.item.employer.id,
        merge_key: p.key,
        search_vector: searchVector(searchDocument(p.item, ctx)),
        created_by: ctx.actor.id,
        first_seen: now,
      }),
    ),
  );
  const events: Parameters<typeof insertEvents>[1] = [];
  const sourceRows: Parameters<typeof upsertSourceRows>[1] = [];
  for (const p of planned) {
    if (p.decision === "unchanged") continue;
    const id = idOf(p);
    const outcome = outcomes[p.index];
    if (outcome) outcome.postingId = id;
    if (p.decision === "update") {
      const root = clusters.rootOf.get(id);
      await updatePostingRow(ctx.db, id, {
        ...postingColumns(p.item, p.findings, p.status, now),
        minhash: p.signed.hex,
        ...(root ? { cluster_id: root } : {}),
        search_vector: searchVector(searchDocument(p.item, ctx)),
      });
    }
    if (p.decision === "update" || p.decision === "create") {
      const note = p.decision === "create" ? `from ${ctx.source}` : `updated by ${ctx.source}`;
      events.push({
        posting_id: id,
        at: now,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        from_status: null,
        to_status: p.status,
        note,
      });
    }
    sourceRows.push({
      source: ctx.source,
      source_id: p.item.sourceId,
      posting_id: id,
      content_hash: p.hash,
      first_seen: now,
      last_seen: now,
    });
  }
  await upsertSourceRows(ctx.db, sourceRows);
  await insertEvents(ctx.db, events);
  await moveToClusters(ctx.db, clusters.filedMoves);
  await fileLshKeys(ctx.db, touched, replaced);
  return outcomes;
}

/** Plans and applies in one go. */
export async function intakeBatch(ctx: IntakeContext, items: IntakeItem[]): Promise<IntakeOutcome[]> {
  return applyIntake(ctx, await planIntake(ctx, items));
}

function postingColumns(item: IntakeItem, findings: Finding[], status: PostingStatus, now: Date) {
  const f = item.fields;
  const suggested = f.occupationCode ? null : (item.suggestedOccupation ?? null);
  return {
    title: f.title,
    description: f.description,
    requirements: f.requirements ?? null,
    occupation_code: f.occupationCode ?? suggested,
    occupation_suggested: suggested !== null,
    industry_code: f.industryCode ?? null,
    region_code: f.regionCode,
    address: f.address ?? null,
    latitude: f.latitude ?? null,
    longitude: f.longitude ?? null,
    headcount: f.headcount ?? null,
    salary_min: f.salaryMin,
    salary_max: f.salaryMax,
    salary_unit: f.salaryUnit,
    employment_type: f.employmentType,
    education: f.education ?? null,
    experience_years: f.experienceYears ?? null,
    benefits: f.benefits,
    valid_until: f.validUntil ?? null,
    how_to_apply: f.howToApply,
    status,
    findings: JSON.stringify(findings),
    monthly_pay: monthlyPay(f.salaryMax, f.salaryUnit),
    last_seen: now,
    updated_at: now,
    published_at: status === "published" ? now : null,
  };
}
