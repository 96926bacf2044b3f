import type { GroupFilter, PushSettings } from "@jiuye/contract/push";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { findPersonById } from "../people/people.repo.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { pushPolicy } from "./push.access.ts";
import { type PushDeps, sendPush } from "./push.daily.ts";
import { groupNotice, unsubscribeLink } from "./push.notices.ts";
import {
  findPushedPairs,
  findPushPostings,
  findSettings,
  groupMembersQuery,
  insertPushLog,
  insertRun,
  saveSettings,
  updateRun,
} from "./push.repo.ts";
import { DEFAULT_PUSH_SETTINGS, quietUntil, settingsOf } from "./push.rules.ts";
import { unsubscribeToken, verifyUnsubscribeToken } from "./push.token.ts";

/** A person's push settings: as they saved them, or the defaults. */
export async function loadPushSettings(db: Kysely<Database>, personId: string): Promise<PushSettings> {
  const row = await findSettings(db, personId);
  return row ? settingsOf(row) : DEFAULT_PUSH_SETTINGS;
}

/** Saves a person's own push settings; turning pushes off here is recorded as done in the settings. */
export async function changePushSettings(
  deps: Pick<Deps, "db" | "clock">,
  opts: { personId: string; settings: PushSettings },
): Promise<PushSettings> {
  const s = opts.settings;
  await saveSettings(deps.db, {
    person_id: opts.personId,
    enabled: s.enabled,
    daily_cap: s.dailyCap,
    quiet_start: s.quietStart,
    quiet_end: s.quietEnd,
    turned_off_via: s.enabled ? null : "settings",
    updated_at: deps.clock.now(),
  });
  return loadPushSettings(deps.db, opts.personId);
}

/** Turns pushes off for the person a message's unsubscribe token was made for; returns their id. */
export async function unsubscribeByToken(
  deps: Pick<Deps, "db" | "clock"> & { secret: string },
  token: string,
): Promise<string> {
  const personId = verifyUnsubscribeToken(deps.secret, token);
  if (!personId)
    throw new AppError(
      "PUSH_TOKEN_INVALID",
      "This unsubscribe link is not valid: it may have been altered or cut short. Open it again from the message, or turn pushes off in your push settings.",
    );
  if (!(await findPersonById(deps.db, personId)))
    throw new AppError(
      "PEOPLE_NOT_FOUND",
      "No registry record belongs to this link; it may have been deleted",
    );
  const current = await loadPushSettings(deps.db, personId);
  await saveSettings(deps.db, {
    person_id: personId,
    enabled: false,
    daily_cap: current.dailyCap,
    quiet_start: current.quietStart,
    quiet_end: current.quietEnd,
    turned_off_via: "link",
    updated_at: deps.clock.now(),
  });
  return personId;
}

/** Published, open postings by id, in the order asked; refuses any other. */
async function openPostings(deps: Pick<Deps, "db" | "clock">, ids: string[]) {
  const today = todayInChina(deps.clock.now());
  const rows = new Map((await findPushPostings(deps.db, ids)).map((p) => [p.id, p]));
  return ids.map((id, i) => {
    const row = rows.get(id);
    if (!row)
      throw new AppError("JOBS_NOT_FOUND", `No such posting: ${id}`, [{ path: `$.postingIds[${i}]` }]);
    if (row.status !== "published" || (row.valid_until !== null && row.valid_until < today))
      throw new AppError(
        "PUSH_POSTING_NOT_OPEN",
        "Only published postings that have not expired can be pushed",
        [{ path: `$.postingIds[${i}]`, message: row.status }],
      );
    return row;
  });
}

/**
 * A staff push of hand-picked postings to a group in the caller's jurisdiction: everyone in it with
 * an account and pushes on gets one message with the postings not pushed to them before (held in
 * their quiet hours; the daily cap does not apply: the office chose these). A dry run only counts.
 */
export async function pushToGroup(
  deps: PushDeps,
  opts: { actor: Actor; postingIds: string[]; filter: GroupFilter; dryRun: boolean },
) {
  const region = requireRegion(deps.regions, opts.filter.regionCode, "$.filter.regionCode");
  authorize(pushPolicy.pushToGroup, opts.actor, { regionPath: region.path });
  const postings = await openPostings(deps, opts.postingIds);
  const { regionCode: _, ...conditions } = opts.filter;
  const members = await groupMembersQuery(deps.db, { regionPath: region.path, ...conditions }).execute();
  const subscribed = members.filter((m) => settingsOf(m).enabled);
  const before = await findPushedPairs(
    deps.db,
    subscribed.map((m) => m.id),
    opts.postingIds,
  );
  const now = deps.clock.now();
  const reach = subscribed.flatMap((m) => {
    const fresh = postings.filter((p) => !before.has(`${m.id}:${p.id}`));
    return fresh.length > 0 && m.user_id
      ? [{ personId: m.id, userId: m.user_id, fresh, quietUntil: quietUntil(settingsOf(m), now) }]
      : [];
  });
  const counts = {
    reached: reach.length,
    held: reach.filter((r) => r.quietUntil).length,
    unsubscribed: members.length - subscribed.length,
  };
  if (opts.dryRun) return { runId: null, ...counts };

  const today = todayInChina(now);
  const runId = await insertRun(deps.db, {
    kind: "group",
    run_on: today,
    started_at: now,
    created_by: opts.actor.id,
    region_code: region.code,
    filter: JSON.stringify(opts.filter),
    posting_ids: opts.postingIds,
  });
  for (const r of reach) {
    await sendPush(
      deps,
      {
        userId: r.userId,
        kind: "group_push",
        ...groupNotice(
          opts.actor.displayName,
          r.fresh.map((p) => ({ title: p.title, employerName: p.employer_name, regionName: p.region_name })),
        ),
        postingIds: r.fresh.map((p) => p.id),
        link: null,
        unsubscribeLink: unsubscribeLink(unsubscribeToken(deps.secret, r.personId)),
        dedupeKey: `push:group:${runId}`,
        createdAt: now,
      },
      r,
    );
    await insertPushLog(
      deps.db,
      r.fresh.map((p) => ({
        person_id: r.personId,
        posting_id: p.id,
        run_id: runId,
        via: "group" as const,
        pushed_on: today,
        score: null,
      })),
    );
  }
  await updateRun(deps.db, runId, {
    finished_at: deps.clock.now(),
    people_considered: members.length,
    messages_sent: counts.reached - counts.held,
    messages_held: counts.held,
    postings_pushed: reach.reduce((n, r) => n + r.fresh.length, 0),
    skipped_unsubscribed: counts.unsubscribed,
  });
  return { runId, ...counts };
}
