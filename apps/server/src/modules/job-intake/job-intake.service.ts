import { randomBytes } from "node:crypto";
import { feedItemSchema } from "@jiuye/contract/job-intake";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { inSubtree } from "../../db/fragments.ts";
import type { Database } from "../../db/types.ts";
import type { Deps } from "../../http/context.ts";
import { AppError, jsonPath } from "../../lib/errors.ts";
import { isWithin } from "../../lib/jurisdiction.ts";
import { hashToken } from "../auth/auth.service.ts";
import { applyIntake, type IntakeItem, type IntakeOutcome, planIntake } from "../jobs/jobs.intake.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { resolveEmployers } from "./job-intake.employers.ts";

type ServiceDeps = Pick<Deps, "db" | "clock" | "regions" | "catalogue">;
type FeedItem = z.infer<typeof feedItemSchema>;

/** One item of a feed or row of a file, before or after it was read. */
export interface RawItem {
  /** Where errors point: `$.items[3]` for feeds, a row number for files. */
  label: string;
  sourceId: string;
  value: unknown;
  /** For file rows: the spreadsheet row. */
  rowNumber?: number;
}

export interface IntakeRun {
  outcomes: IntakeOutcome[];
  summary: {
    received: number;
    created: number;
    updated: number;
    unchanged: number;
    merged: number;
    rejected: number;
  };
}

function rejected(sourceId: string, errors: { path: string; message: string }[]): IntakeOutcome {
  return { sourceId, result: "rejected", postingId: null, status: null, findings: [], errors };
}

export function summarise(outcomes: IntakeOutcome[]): IntakeRun["summary"] {
  const count = (r: IntakeOutcome["result"]) => outcomes.filter((o) => o.result === r).length;
  return {
    received: outcomes.length,
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    merged: count("merged"),
    rejected: count("rejected"),
  };
}

/**
 * Validates raw feed items or file rows one by one (a bad one never sinks the rest), finds or
 * registers their employers, and takes the valid ones in.
 */
export async function intakeRawItems(
  deps: ServiceDeps,
  opts: {
    source: string;
    actor: { id: string | null; name: string | null };
    cleanStatus: "pending_review" | "published";
    items: RawItem[];
    /** Items must lie in this region subtree (a feed's or an importer's jurisdiction). */
    regionPath: string | null;
    dryRun?: boolean;
  },
): Promise<IntakeOutcome[]> {
  const outcomes: IntakeOutcome[] = [];
  const parsed: { at: number; item: FeedItem }[] = [];
  for (const raw of opts.items) {
    const result = feedItemSchema.safeParse(raw.value);
    if (!result.success) {
      outcomes.push(
        rejected(
          raw.sourceId,
          result.error.issues.map((i) => ({ path: jsonPath(i.path, raw.label), message: i.message })),
        ),
      );
    } else if (!deps.regions.get(result.data.regionCode)) {
      outcomes.push(
        rejected(raw.sourceId, [
          { path: `${raw.label}.regionCode`, message: `unknown region ${result.data.regionCode}` },
        ]),
      );
    } else if (
      opts.regionPath !== null &&
      !isWithin(opts.regionPath, deps.regions.get(result.data.regionCode)?.path ?? null)
    ) {
      outcomes.push(
        rejected(raw.sourceId, [
          { path: `${raw.label}.regionCode`, message: "outside this source's region" },
        ]),
      );
    } else {
      parsed.push({ at: outcomes.length, item: result.data });
      outcomes.push(rejected(raw.sourceId, []));
    }
  }
  const employers = await resolveEmployers(
    deps.db,
    parsed.map(({ item }) => ({ ...item.employer, regionCode: item.regionCode })),
    { dryRun: opts.dryRun },
  );
  const intake: { at: number; item: IntakeItem }[] = [];
  parsed.forEach(({ at, item }, i) => {
    const employer = employers.employerAt(i);
    const label = opts.items[at]?.label ?? "$";
    if (!employer) {
      outcomes[at] = rejected(item.sourceId, [
        { path: `${label}.employer.creditCode`, message: "fails the GB 32100 check" },
      ]);
      return;
    }
    const { sourceId, employer: _, ...fields } = item;
    intake.push({ at, item: { sourceId, fields, employer } });
  });
  const ctx = { ...deps, source: opts.source, actor: opts.actor, cleanStatus: opts.cleanStatus };
  const plan = await planIntake(
    ctx,
    intake.map((x) => x.item),
  );
  const results = opts.dryRun ? plan.outcomes : await applyIntake(ctx, plan);
  results.forEach((outcome, i) => {
    const at = intake[i]?.at;
    if (at === undefined) return;
    const label = opts.items[at]?.label ?? "$";
    outcomes[at] = {
      ...outcome,
      errors: outcome.errors.map((e) => ({ ...e, path: e.path.replace(/^\$/, label) })),
    };
  });
  return outcomes;
}

/** Registers a feed source; the token is returned once and only its hash kept. */
/** A bearer token for a feed source: its name, then 24 random bytes. */
function newFeedToken(name: string) {
  return { token: `${name}.${randomBytes(24).toString("base64url")}` };
}

export async function createFeedSource(
  deps: ServiceDeps,
  opts: { name: string; displayName: string; regionCode: string; refreshDays: number; autoPublish: boolean },
): Promise<{ name: string; token: string }> {
  requireRegion(deps.regions, opts.regionCode);
  const taken = await deps.db
    .selectFrom("feed_sources")
    .select("name")
    .where("name", "=", opts.name)
    .executeTakeFirst();
  if (taken || ["employer", "staff", "import"].includes(opts.name)) {
    throw new AppError("JOBS_FEED_SOURCE_TAKEN", "This source name is taken", [
      { path: "$.name", message: "taken" },
    ]);
  }
  const { token } = newFeedToken(opts.name);
  await deps.db
    .insertInto("feed_sources")
    .values({
      name: opts.name,
      display_name: opts.displayName,
      token_hash: hashToken(token),
      region_code: opts.regionCode,
      refresh_days: opts.refreshDays,
      auto_publish: opts.autoPublish,
    })
    .execute();
  return { name: opts.name, token };
}

function feedSources(db: Kysely<Database>) {
  return db
    .selectFrom("feed_sources as f")
    .innerJoin("regions as r", "r.code", "f.region_code")
    .select((eb) => [
      "f.name",
      "f.display_name",
      "f.region_code",
      "f.refresh_days",
      "f.auto_publish",
      "f.created_at",
      "f.revoked_at",
      "r.path as region_path",
      eb
        .selectFrom("job_posting_sources as s")
        .select((e) => e.fn.max("s.last_seen").as("at"))
        .whereRef("s.source", "=", "f.name")
        .as("last_received_at"),
    ]);
}

/** Feed sources registered within a region subtree, newest first. */
export async function listFeedSources(deps: ServiceDeps, opts: { regionPath: string | null }) {
  let query = feedSources(deps.db).orderBy("f.created_at", "desc");
  if (opts.regionPath) query = query.where(inSubtree("r.path", opts.regionPath));
  return query.execute();
}

/** One feed source, or a not-found error. */
export async function requireFeedSource(deps: ServiceDeps, name: string) {
  const row = await feedSources(deps.db).where("f.name", "=", name).executeTakeFirst();
  if (!row) throw new AppError("JOBS_FEED_SOURCE_NOT_FOUND", "No such feed source");
  return row;
}

/** A new token for a feed source; the old one stops working at once. */
export async function rotateFeedToken(deps: ServiceDeps, opts: { name: string }) {
  const { token } = newFeedToken(opts.name);
  await deps.db
    .updateTable("feed_sources")
    .set({ token_hash: hashToken(token), revoked_at: null })
    .where("name", "=", opts.name)
    .execute();
  return { name: opts.name, token };
}

/** Stops accepting a feed source: its token fails; what it sent stays and expires in time. */
export async function revokeFeedSource(deps: ServiceDeps, opts: { name: string }) {
  await deps.db
    .updateTable("feed_sources")
    .set({ revoked_at: deps.clock.now() })
    .where("name", "=", opts.name)
    .where("revoked_at", "is", null)
    .execute();
  return requireFeedSource(deps, opts.name);
}

/** The feed source a bearer token belongs to. */
export async function authenticateFeed(db: Kysely<Database>, authorization: string | undefined) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  const source = token
    ? await db
        .selectFrom("feed_sources")
        .selectAll()
        .where("token_hash", "=", hashToken(token))
        .where("revoked_at", "is", null)
        .executeTakeFirst()
    : undefined;
  if (!source)
    throw new AppError(
      "JOBS_FEED_TOKEN_INVALID",
      "Send the feed source's token as `Authorization: Bearer …`",
    );
  return source;
}
