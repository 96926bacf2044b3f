import type { TFunction } from "i18next";

const DAY = 86_400_000;

/** "今天发布", "3 天前发布": how long ago a posting was published. */
export function postedAgo(t: TFunction, publishedAt: string | null, now = Date.now()): string | null {
  if (!publishedAt) return null;
  const days = Math.floor((now - new Date(publishedAt).getTime()) / DAY);
  return days < 1 ? t("jobs.postedToday") : t("jobs.postedDaysAgo", { count: days });
}
