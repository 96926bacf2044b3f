import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Deps } from "../../http/context.ts";
import { todayInChina } from "../../lib/clock.ts";
import { type Channel, deliverMessage, type OutgoingMessage } from "../inbox/inbox.service.ts";
import { findMatchesForPeople, type PostingMatchResult } from "../matching/matching.service.ts";
import { dailyNotice, unsubscribeLink } from "./push.notices.ts";
import {
  type ActiveSeekerRow,
  activeSeekersQuery,
  countUnsubscribedSeekers,
  deleteHeld,
  findDueHeld,
  findPushedOn,
  findPushedPairs,
  insertHeld,
  insertPushLog,
  insertRun,
  updateRun,
} from "./push.repo.ts";
import { MIN_PUSH_SCORE, quietUntil, settingsOf } from "./push.rules.ts";
import { unsubscribeToken } from "./push.token.ts";

export interface PushDeps extends Pick<Deps, "db" | "clock" | "regions"> {
  /** The platform secret, which signs unsubscribe links. */
  secret: string;
  channels: readonly Channel[];
}

/** People read per batch: their matches are retrieved together, and written in one transaction. */
export const PUSH_BATCH = 1000;
/** Matches scored per person before those pushed before and those below the bar are left out. */
const MATCHES_READ = 60;

export interface DailyPushCounts {
  peopleConsidered: number;
  messagesSent: number;
  messagesHeld: number;
  postingsPushed: number;
  skippedUnsubscribed: number;
  skippedCapped: number;
  skippedSentToday: number;
}

/**
 * Sends or holds one message, and records what it pushed, in the caller's transaction: a person in
 * their quiet hours gets it when they end (the flush), everyone else now.
 */
export async function sendPush(
  deps: Pick<PushDeps, "db" | "channels">,
  message: OutgoingMessage & { kind: "match" | "group_push"; unsubscribeLink: string; dedupeKey: string },
  to: { personId: string; quietUntil: Date | null },
): Promise<"sent" | "held"> {
  if (!to.quietUntil) {
    await deliverMessage(deps.db, deps.channels, message);
    return "sent";
  }
  await insertHeld(deps.db, {
    person_id: to.personId,
    user_id: message.userId,
    kind: message.kind,
    title: message.title,
    body: message.body,
    posting_ids: message.postingIds ?? [],
    link: message.link ?? null,
    unsubscribe_link: message.unsubscribeLink,
    dedupe_key: message.dedupeKey,
    created_at: message.createdAt,
    deliver_after: to.quietUntil,
  });
  return "held";
}

/** What one batch of seekers gets: the best matches not pushed to them before, within their cap. */
async function pushBatch(
  deps: PushDeps,
  run: { id: string; today: string; now: Date },
  rows: ActiveSeekerRow[],
  counts: DailyPushCounts,
): Promise<void> {
  const today = new Map(
    (
      await findPushedOn(
        deps.db,
        rows.map((r) => r.id),
        run.today,
      )
    ).map((r) => [r.person_id, r]),
  );
  const eligible: { row: ActiveSeekerRow; room: number }[] = [];
  for (const row of rows) {
    const pushed = today.get(row.id);
    const room = settingsOf(row).dailyCap - Number(pushed?.postings ?? 0);
    if (pushed?.daily) counts.skippedSentToday++;
    else if (room <= 0) counts.skippedCapped++;
    else eligible.push({ row, room });
  }
  const found = await findMatchesForPeople(deps, {
    people: eligible.map((e) => e.row),
    limit: MATCHES_READ,
  });
  const candidateIds = [...new Set([...found.values()].flatMap((ms) => ms.map((m) => m.posting.id)))];
  const before = await findPushedPairs(
    deps.db,
    eligible.map((e) => e.row.id),
    candidateIds,
  );
  const picked = eligible.map(({ row, room }) => ({
    row,
    picks: (found.get(row.id) ?? [])
      .filter((m) => m.match.score >= MIN_PUSH_SCORE && !before.has(`${row.id}:${m.posting.id}`))
      .slice(0, room),
  }));
  await deps.db.transaction().execute(async (trx) => {
    for (const { row, picks } of picked) {
      if (picks.length === 0 || !row.user_id) continue;
      const outcome = await sendPush(
        { ...deps, db: trx },
        dailyMessage(deps, run, row.user_id, row.id, picks),
        {
          personId: row.id,
          quietUntil: quietUntil(settingsOf(row), run.now),
        },
      );
      await insertPushLog(
        trx,
        picks.map((m) => ({
          person_id: row.id,
          posting_id: m.posting.id,
          run_id: run.id,
          via: "daily" as const,
          pushed_on: run.today,
          score: m.match.score,
        })),
      );
      counts.postingsPushed += picks.length;
      if (outcome === "sent") counts.messagesSent++;
      else counts.messagesHeld++;
    }
  });
}

function dailyMessage(
  deps: Pick<PushDeps, "secret">,
  run: { today: string; now: Date },
  userId: string,
  personId: string,
  picks: PostingMatchResult[],
) {
  return {
    userId,
    kind: "match" as const,
    ...dailyNotice(
      picks.map((m) => ({
        posting: {
          title: m.posting.title,
          employerName: m.posting.employer_name,
          regionName: m.posting.region_name,
        },
        match: m.match,
      })),
    ),
    postingIds: picks.map((m) => m.posting.id),
    link: null,
    unsubscribeLink: unsubscribeLink(unsubscribeToken(deps.secret, personId)),
    // One daily message a day: a second run that day cannot send another.
    dedupeKey: `push:daily:${run.today}`,
    createdAt: run.now,
  };
}

/**
 * The daily push: for every active seeker with an account and pushes on, the best new matches (not
 * pushed to them before, scoring at least MIN_PUSH_SCORE), up to what their daily cap leaves
 * today, in one message; held until their quiet hours end. A run on a day the person already got
 * theirs skips them, so re-runs and retries send nothing twice. Recorded in push_runs.
 */
export async function runDailyPush(deps: PushDeps, opts: { batchSize?: number } = {}) {
  const now = deps.clock.now();
  const today = todayInChina(now);
  const graduateYear = Number(today.slice(0, 4));
  const id = await insertRun(deps.db, { kind: "daily", run_on: today, started_at: now });
  const counts: DailyPushCounts = {
    peopleConsidered: 0,
    messagesSent: 0,
    messagesHeld: 0,
    postingsPushed: 0,
    skippedUnsubscribed: await countUnsubscribedSeekers(deps.db, graduateYear),
    skippedCapped: 0,
    skippedSentToday: 0,
  };
  let after: { regionCode: string; id: string } | null = null;
  for (;;) {
    const rows = await activeSeekersQuery(deps.db, {
      graduateYear,
      after,
      limit: opts.batchSize ?? PUSH_BATCH,
    }).execute();
    const last = rows.at(-1);
    if (!last) break;
    await pushBatch(deps, { id, today, now }, rows, counts);
    counts.peopleConsidered += rows.length;
    await updateRun(deps.db, id, runColumns(counts));
    after = { regionCode: last.region_code, id: last.id };
  }
  await updateRun(deps.db, id, { ...runColumns(counts), finished_at: deps.clock.now() });
  return { id, ...counts };
}

function runColumns(c: DailyPushCounts) {
  return {
    people_considered: c.peopleConsidered,
    messages_sent: c.messagesSent,
    messages_held: c.messagesHeld,
    postings_pushed: c.postingsPushed,
    skipped_unsubscribed: c.skippedUnsubscribed,
    skipped_capped: c.skippedCapped,
    skipped_sent_today: c.skippedSentToday,
  };
}

/**
 * Delivers held messages whose quiet hours have ended, stamped with the time they arrive; those of
 * people who turned pushes off meanwhile are dropped. Returns how many were delivered.
 */
export async function flushHeldPushes(
  deps: { db: Kysely<Database>; clock: PushDeps["clock"]; channels: readonly Channel[] },
  opts: { batchSize?: number } = {},
): Promise<number> {
  let delivered = 0;
  for (;;) {
    const now = deps.clock.now();
    const due = await findDueHeld(deps.db, now, opts.batchSize ?? PUSH_BATCH);
    if (due.length === 0) return delivered;
    await deps.db.transaction().execute(async (trx) => {
      for (const held of due.filter((h) => h.enabled)) {
        await deliverMessage(trx, deps.channels, {
          userId: held.user_id,
          kind: held.kind,
          title: held.title,
          body: held.body,
          postingIds: held.posting_ids,
          link: held.link,
          unsubscribeLink: held.unsubscribe_link,
          dedupeKey: held.dedupe_key,
          createdAt: now,
        });
        delivered++;
      }
      await deleteHeld(
        trx,
        due.map((h) => h.id),
      );
    });
  }
}
