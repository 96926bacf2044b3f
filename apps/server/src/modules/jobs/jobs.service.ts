import { randomUUID } from "node:crypto";
import type { Finding, Posting, PostingFields } from "@jiuye/contract/job-postings";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { AppError } from "../../lib/errors.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { postingPolicy } from "./jobs.access.ts";
import { intakeBatch } from "./jobs.intake.ts";
import { FORM_SOURCES, presentPosting } from "./jobs.present.ts";
import {
  findClusterMates,
  findEvents,
  findPostingById,
  findSources,
  insertEvents,
  type PostingRow,
  setStatus,
} from "./jobs.repo.ts";
import { planTransition, type TransitionAction } from "./jobs.rules.ts";

type ServiceDeps = Pick<Deps, "db" | "clock" | "regions" | "catalogue">;

export async function loadPosting(db: Kysely<Database>, id: string): Promise<PostingRow> {
  const row = await findPostingById(db, id);
  if (!row) throw new AppError("JOBS_NOT_FOUND", "No such posting");
  return row;
}

/** The full view of a posting: sources, history and its near-duplicates. */
export async function postingView(db: Kysely<Database>, row: PostingRow): Promise<Posting> {
  const [sources, events, mates] = await Promise.all([
    findSources(db, [row.id]),
    findEvents(db, [row.id]),
    row.cluster_id ? findClusterMates(db, [{ postingId: row.id, clusterId: row.cluster_id }]) : [],
  ]);
  return presentPosting(row, { sources, events, mates });
}

async function employerFor(db: Kysely<Database>, actor: Actor, employerId: string | undefined) {
  const id = actor.role === "employer" ? actor.organisationId : employerId;
  if (!id) {
    throw new AppError("JOBS_EMPLOYER_REQUIRED", "Say which employer the posting is for", [
      { path: "$.employerId", message: "required for staff" },
    ]);
  }
  const employer = await db
    .selectFrom("organisations")
    .select(["id", "name", "credit_code", "kind"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (employer?.kind !== "employer") {
    throw new AppError("JOBS_EMPLOYER_REQUIRED", "No such employer", [
      { path: "$.employerId", message: "not an employer" },
    ]);
  }
  return { id: employer.id, name: employer.name, creditCode: employer.credit_code };
}

/** Creates a draft from the employer form or staff entry; the law check runs at once. */
export async function createPosting(
  deps: ServiceDeps,
  opts: { actor: Actor; fields: PostingFields; employerId?: string },
): Promise<Posting> {
  const employer = await employerFor(deps.db, opts.actor, opts.employerId);
  const region = requireRegion(deps.regions, opts.fields.regionCode);
  authorize(postingPolicy.manage, opts.actor, { employerId: employer.id, regionPath: region.path });
  const [outcome] = await intakeBatch(
    {
      ...deps,
      source: opts.actor.role === "employer" ? "employer" : "staff",
      actor: { id: opts.actor.id, name: opts.actor.username },
      cleanStatus: "draft",
    },
    [{ sourceId: randomUUID(), fields: opts.fields, employer }],
  );
  if (!outcome?.postingId)
    throw new AppError("VALIDATION_FAILED", "The posting refers to unknown codes", outcome?.errors);
  return postingView(deps.db, await loadPosting(deps.db, outcome.postingId));
}

/** Edits a posting entered in the console; it goes back to draft and is checked again. */
export async function updatePosting(
  deps: ServiceDeps,
  opts: { actor: Actor; id: string; fields: PostingFields },
): Promise<Posting> {
  const row = await loadPosting(deps.db, opts.id);
  authorize(postingPolicy.manage, opts.actor, { employerId: row.employer_id, regionPath: row.region_path });
  const region = requireRegion(deps.regions, opts.fields.regionCode);
  authorize(postingPolicy.manage, opts.actor, { employerId: row.employer_id, regionPath: region.path });
  if (!["draft", "pending_review"].includes(row.status)) {
    throw new AppError(
      "JOBS_NOT_EDITABLE",
      `A ${row.status} posting cannot be edited; withdraw it and post again`,
    );
  }
  const form = (await findSources(deps.db, [row.id])).find((s) => FORM_SOURCES.has(s.source));
  if (!form)
    throw new AppError(
      "JOBS_NOT_EDITABLE",
      "This posting comes from a feed or file: edit it where it comes from",
    );
  const [outcome] = await intakeBatch(
    {
      ...deps,
      source: form.source,
      actor: { id: opts.actor.id, name: opts.actor.username },
      cleanStatus: "draft",
    },
    [
      {
        sourceId: form.source_id,
        fields: opts.fields,
        employer: { id: row.employer_id, name: row.employer_name, creditCode: row.employer_credit_code },
      },
    ],
  );
  if (outcome?.result === "rejected")
    throw new AppError("VALIDATION_FAILED", "The posting refers to unknown codes", outcome.errors);
  return postingView(deps.db, await loadPosting(deps.db, row.id));
}

/** Moves a posting through review and publication, recording who did it and why. */
export async function transitionPosting(
  deps: ServiceDeps,
  opts: { actor: Actor; id: string; action: TransitionAction; note?: string; confirmWarnings?: boolean },
): Promise<Posting> {
  const row = await loadPosting(deps.db, opts.id);
  const plan = planTransition(opts.action, row.status, row.findings as Finding[], opts);
  const scope = { employerId: row.employer_id, regionPath: row.region_path };
  authorize(plan.reviewer ? postingPolicy.review : postingPolicy.manage, opts.actor, scope);
  const now = deps.clock.now();
  await setStatus(deps.db, row.id, {
    status: plan.to,
    now,
    ...(plan.reviewer ? { reviewedBy: opts.actor.id, note: opts.note ?? null } : {}),
    publish: plan.to === "published",
  });
  await insertEvents(deps.db, [
    {
      posting_id: row.id,
      at: now,
      actor_id: opts.actor.id,
      actor_name: opts.actor.username,
      from_status: row.status,
      to_status: plan.to,
      note: opts.note ?? null,
    },
  ]);
  return postingView(deps.db, await loadPosting(deps.db, row.id));
}
