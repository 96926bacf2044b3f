import { createHash } from "node:crypto";
import type { CheckStage } from "../../db/types.ts";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { AppError } from "../../lib/errors.ts";
import { levelOfPath } from "../../lib/jurisdiction.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { personPolicy } from "./people.access.ts";
import { findSample, findSampleCandidates, insertSample, markSampled } from "./people.follow-up.repo.ts";
import { settingsFor } from "./people.follow-up.ts";
import { insertCheckEvents, type PersonRow, updatePersonRow } from "./people.repo.ts";

export type CheckAction = "check" | "verify" | "return";

/**
 * The data checks as data (县级抽查, 乡镇审核): which stages each step starts from, where it leads,
 * the lowest region level allowed to take it (4 township, 3 county), whether the one who entered
 * the record may take it, and whether it needs a reason.
 */
export const CHECK_STEPS: Record<
  CheckAction,
  { from: readonly CheckStage[]; to: CheckStage; maxLevel: number; notOwnEntry: boolean; needsNote: boolean }
> = {
  check: { from: ["entered"], to: "township_checked", maxLevel: 4, notOwnEntry: true, needsNote: false },
  verify: {
    from: ["county_sampled"],
    to: "county_verified",
    maxLevel: 3,
    notOwnEntry: true,
    needsNote: false,
  },
  return: {
    from: ["entered", "township_checked", "county_sampled"],
    to: "returned",
    maxLevel: 4,
    notOwnEntry: false,
    needsNote: true,
  },
};

/** Counties (level 3) and above draw samples. */
export const SAMPLE_MAX_LEVEL = 3;

/** The stage a check step leads to, or the reason it may not be taken. Pure. */
export function planCheck(
  action: CheckAction,
  record: { stage: CheckStage; enteredBy: string | null },
  actor: { id: string; level: number },
  note: string | null,
): CheckStage {
  const step = CHECK_STEPS[action];
  if (actor.level > step.maxLevel) {
    throw new AppError(
      "PEOPLE_CHECK_LEVEL_DENIED",
      step.maxLevel === 3
        ? "Only county staff or above take this step"
        : "Village staff cannot check records",
    );
  }
  if (step.notOwnEntry && record.enteredBy === actor.id)
    throw new AppError("PEOPLE_CHECK_OWN_ENTRY", "Someone other than who entered the record checks it");
  if (!step.from.includes(record.stage))
    throw new AppError(
      "PEOPLE_CHECK_NOT_ALLOWED",
      `A record at stage ${record.stage} cannot take the step ${action}`,
    );
  if (step.needsNote && !note)
    throw new AppError("VALIDATION_FAILED", "Say why the record is returned", [
      { path: "$.note", message: "required when returning a record" },
    ]);
  return step.to;
}

/** A person's place in a sample: the hash of seed and id read as a fraction in [0, 1). Deterministic. */
export function sampleFraction(seed: string, personId: string): number {
  return createHash("sha256").update(`${seed}|${personId}`).digest().readUInt32BE(0) / 2 ** 32;
}

type CheckDeps = Pick<Deps, "db" | "clock" | "regions">;

function actorLevel(actor: Actor): number {
  return actor.regionPath ? levelOfPath(actor.regionPath) : Number.POSITIVE_INFINITY;
}

/** Takes one data-check step on a record in the actor's jurisdiction. */
export async function checkRecord(
  deps: CheckDeps,
  opts: { actor: Actor; row: PersonRow; action: CheckAction; note?: string | null },
): Promise<void> {
  authorize(personPolicy.manage, opts.actor, { regionPath: opts.row.region_path });
  const note = opts.note ?? null;
  const to = planCheck(
    opts.action,
    { stage: opts.row.check_stage, enteredBy: opts.row.entered_by },
    { id: opts.actor.id, level: actorLevel(opts.actor) },
    note,
  );
  const now = deps.clock.now();
  await updatePersonRow(deps.db, opts.row.id, { check_stage: to, check_note: note, updated_at: now });
  await insertCheckEvents(deps.db, [
    {
      person_id: opts.row.id,
      at: now,
      actor_id: opts.actor.id,
      actor_name: opts.actor.username,
      from_stage: opts.row.check_stage,
      to_stage: to,
      note,
      sample_id: opts.row.sample_id,
    },
  ]);
}

/**
 * A county's sample for a period: the region's share of its township-checked records, chosen by
 * hashed id so the same records always come out, recorded with its seed and share. Once per period.
 */
export async function drawCountySample(
  deps: CheckDeps,
  opts: { actor: Actor; regionCode?: string; period: string },
) {
  const region = requireRegion(deps.regions, opts.regionCode ?? opts.actor.regionCode ?? "");
  authorize(personPolicy.manage, opts.actor, { regionPath: region.path });
  if (actorLevel(opts.actor) > SAMPLE_MAX_LEVEL)
    throw new AppError("PEOPLE_CHECK_LEVEL_DENIED", "Samples are drawn by county staff or above");
  if (await findSample(deps.db, region.code, opts.period)) {
    throw new AppError("PEOPLE_SAMPLE_EXISTS", `${region.name} already drew its sample for ${opts.period}`, [
      { path: "$.period", message: "already drawn" },
    ]);
  }
  const { sampleShare: share } = await settingsFor(deps, region.code);
  const seed = `${region.code}:${opts.period}`;
  const candidates = await findSampleCandidates(deps.db, region.path);
  const chosen = candidates.filter((c) => sampleFraction(seed, c.id) < share).map((c) => c.id);
  const now = deps.clock.now();
  const id = await insertSample(deps.db, {
    region_code: region.code,
    period: opts.period,
    seed,
    share,
    candidates: candidates.length,
    person_ids: chosen,
    drawn_by: opts.actor.id,
    drawn_by_name: opts.actor.username,
    drawn_at: now,
  });
  await markSampled(deps.db, chosen, id, now);
  await insertCheckEvents(
    deps.db,
    chosen.map((personId) => ({
      person_id: personId,
      at: now,
      actor_id: opts.actor.id,
      actor_name: opts.actor.username,
      from_stage: "township_checked" as const,
      to_stage: "county_sampled" as const,
      note: `sample ${opts.period}`,
      sample_id: id,
    })),
  );
  return {
    id,
    regionCode: region.code,
    period: opts.period,
    share,
    candidates: candidates.length,
    personIds: chosen,
    drawnBy: opts.actor.username,
    drawnAt: now.toISOString(),
  };
}
