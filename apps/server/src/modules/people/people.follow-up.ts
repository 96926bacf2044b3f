import type { CONTACT_CHANNELS, FOLLOW_UP_COLOURS, OFFER_KINDS } from "@jiuye/contract/people";
import type { Kysely } from "kysely";
import type { Database, EmploymentStatus } from "../../db/types.ts";
import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { addDays, todayInChina } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { type RegionDirectory, requireRegion } from "../regions/regions.directory.ts";
import { personPolicy } from "./people.access.ts";
import { findSettingsRows, recomputeFollowUpsUnder, upsertSettings } from "./people.follow-up.repo.ts";
import { insertContact, insertStatus, type PersonRow, updatePersonRow } from "./people.repo.ts";

/** Defaults where no region has its own: stable quarterly, flexible monthly, unemployed weekly; 10% sampled. */
export const DEFAULT_SETTINGS = { stableDays: 90, flexibleDays: 30, unemployedDays: 7, sampleShare: 0.1 };

export const COLOUR_OF: Record<EmploymentStatus, (typeof FOLLOW_UP_COLOURS)[number] | null> = {
  employed_stable: "green",
  employed_flexible: "yellow",
  unemployed: "red",
  not_in_labour_force: null,
  studying: null,
  retired: null,
};

export interface EffectiveSettings {
  regionCode: string;
  definedAt: string | null;
  stableDays: number;
  flexibleDays: number;
  unemployedDays: number;
  sampleShare: number;
}

/** Who recorded something: an account (with its region level, 5 village … 1 region), the CLI, or the person. */
export interface Recorder {
  id: string | null;
  name: string | null;
  /** Region level of a staff member's jurisdiction; null for the person themselves and the CLI. */
  level: number | null;
}

/** Days until the next follow-up for a status, or null when the status is not followed up. */
export function intervalFor(status: EmploymentStatus, s: EffectiveSettings): number | null {
  if (status === "employed_stable") return s.stableDays;
  if (status === "employed_flexible") return s.flexibleDays;
  if (status === "unemployed") return s.unemployedDays;
  return null;
}

export function nextFollowUp(base: string, status: EmploymentStatus, s: EffectiveSettings): string | null {
  const days = intervalFor(status, s);
  return days === null ? null : addDays(base, days);
}

/** The settings in force for a region: its own, else its nearest ancestor's, else the defaults. */
export async function settingsFor(
  deps: { db: Kysely<Database>; regions: RegionDirectory },
  regionCode: string,
): Promise<EffectiveSettings> {
  const chain = [...deps.regions.ancestors(regionCode).map((r) => r.code), regionCode];
  const rows = await findSettingsRows(deps.db, chain);
  const nearest = rows.sort((a, b) => chain.indexOf(b.region_code) - chain.indexOf(a.region_code))[0];
  if (!nearest) return { regionCode, definedAt: null, ...DEFAULT_SETTINGS };
  return {
    regionCode,
    definedAt: nearest.region_code,
    stableDays: nearest.stable_days,
    flexibleDays: nearest.flexible_days,
    unemployedDays: nearest.unemployed_days,
    sampleShare: Number(nearest.sample_share),
  };
}

type FollowUpDeps = Pick<Deps, "db" | "clock" | "regions">;

function notInFuture(date: string, today: string, path: string): void {
  if (date > today)
    throw new AppError("VALIDATION_FAILED", "This date is in the future", [{ path, message: "after today" }]);
}

/** Records a new employment status; the next follow-up is one interval of the new status from today. */
export async function changeStatus(
  deps: FollowUpDeps,
  opts: {
    row: PersonRow;
    status: EmploymentStatus;
    since?: string;
    note?: string | null;
    recorder: Recorder;
  },
): Promise<void> {
  const today = todayInChina(deps.clock.now());
  const since = opts.since ?? today;
  notInFuture(since, today, "$.since");
  const base = opts.row.follow_up_base > today ? opts.row.follow_up_base : today;
  const settings = await settingsFor(deps, opts.row.region_code);
  const changed = opts.status !== opts.row.status || since !== opts.row.status_since;
  if (changed) {
    await insertStatus(deps.db, {
      person_id: opts.row.id,
      status: opts.status,
      since,
      recorded_at: deps.clock.now(),
      recorded_by: opts.recorder.id,
      recorded_by_name: opts.recorder.name,
      note: opts.note ?? null,
    });
  }
  await updatePersonRow(deps.db, opts.row.id, {
    status: opts.status,
    status_since: changed ? since : opts.row.status_since,
    follow_up_base: base,
    follow_up_due: nextFollowUp(base, opts.status, settings),
    updated_at: deps.clock.now(),
  });
}

/** Records a follow-up contact, and a change of status when one came out of it. */
export async function recordContact(
  deps: FollowUpDeps,
  opts: {
    row: PersonRow;
    contact: {
      contactedOn?: string;
      channel: (typeof CONTACT_CHANNELS)[number];
      offered: (typeof OFFER_KINDS)[number][];
      postingIds: string[];
      note?: string | null;
    };
    status?: { status: EmploymentStatus; since?: string };
    recorder: Recorder;
  },
): Promise<void> {
  const today = todayInChina(deps.clock.now());
  const on = opts.contact.contactedOn ?? today;
  notInFuture(on, today, "$.contactedOn");
  await insertContact(deps.db, {
    person_id: opts.row.id,
    contacted_on: on,
    channel: opts.contact.channel,
    offered: [...new Set(opts.contact.offered)],
    posting_ids: [...new Set(opts.contact.postingIds)],
    note: opts.contact.note ?? null,
    recorded_at: deps.clock.now(),
    recorded_by: opts.recorder.id,
    recorded_by_name: opts.recorder.name,
  });
  const base = opts.row.follow_up_base > on ? opts.row.follow_up_base : on;
  const lastContact =
    opts.row.last_contact_on && opts.row.last_contact_on > on ? opts.row.last_contact_on : on;
  const status = opts.status?.status ?? opts.row.status;
  const settings = await settingsFor(deps, opts.row.region_code);
  await updatePersonRow(deps.db, opts.row.id, {
    last_contact_on: lastContact,
    follow_up_base: base,
    follow_up_due: nextFollowUp(base, status, settings),
    updated_at: deps.clock.now(),
  });
  if (opts.status) {
    await changeStatus(deps, {
      row: { ...opts.row, follow_up_base: base },
      status: opts.status.status,
      since: opts.status.since,
      note: opts.contact.note,
      recorder: opts.recorder,
    });
  }
}

/** Sets a region's intervals and sample share; due dates below it follow at once. */
export async function saveSettings(
  deps: FollowUpDeps,
  opts: {
    actor: Actor;
    regionCode: string;
    stableDays: number;
    flexibleDays: number;
    unemployedDays: number;
    sampleShare: number;
  },
): Promise<EffectiveSettings> {
  const region = requireRegion(deps.regions, opts.regionCode, "$params.regionCode");
  authorize(personPolicy.configure, opts.actor, { regionPath: region.path });
  await upsertSettings(deps.db, {
    region_code: region.code,
    stable_days: opts.stableDays,
    flexible_days: opts.flexibleDays,
    unemployed_days: opts.unemployedDays,
    sample_share: opts.sampleShare,
    updated_by: opts.actor.id,
    updated_at: deps.clock.now(),
  });
  await recomputeFollowUpsUnder(deps.db, region.path, {
    stable: opts.stableDays,
    flexible: opts.flexibleDays,
    unemployed: opts.unemployedDays,
  });
  return settingsFor(deps, region.code);
}
