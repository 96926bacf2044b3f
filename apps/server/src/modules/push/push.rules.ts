import type { PushSettings } from "@jiuye/contract/push";

/** What a person who never changed their settings has: pushes on, 5 a day, quiet 22:00–08:00 China time. */
export const DEFAULT_PUSH_SETTINGS: PushSettings = {
  enabled: true,
  dailyCap: 5,
  quietStart: "22:00",
  quietEnd: "08:00",
};

/** The daily push leaves out matches scoring below this: a weak match is noise, not a service. */
export const MIN_PUSH_SCORE = 60;

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
const CHINA_OFFSET_MINUTES = 8 * 60;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * When a person's quiet hours end if `now` falls inside them (start included, end not; hours over
 * midnight wrap), else null. Equal start and end: no quiet hours.
 */
export function quietUntil(settings: Pick<PushSettings, "quietStart" | "quietEnd">, now: Date): Date | null {
  const start = minutesOf(settings.quietStart);
  const end = minutesOf(settings.quietEnd);
  if (start === end) return null;
  const local = Math.floor(now.getTime() / MINUTE_MS) + CHINA_OFFSET_MINUTES;
  const minute = ((local % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const quiet = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!quiet) return null;
  const midnight = local - minute;
  const endsAt = midnight + end + (end <= minute ? DAY_MINUTES : 0);
  return new Date((endsAt - CHINA_OFFSET_MINUTES) * MINUTE_MS);
}

/** Settings as stored, the defaults where a person never changed them (no row: all null). */
export function settingsOf(row: {
  enabled: boolean | null;
  daily_cap: number | null;
  quiet_start: string | null;
  quiet_end: string | null;
}): PushSettings {
  const d = DEFAULT_PUSH_SETTINGS;
  return {
    enabled: row.enabled ?? d.enabled,
    dailyCap: row.daily_cap ?? d.dailyCap,
    quietStart: row.quiet_start ?? d.quietStart,
    quietEnd: row.quiet_end ?? d.quietEnd,
  };
}
