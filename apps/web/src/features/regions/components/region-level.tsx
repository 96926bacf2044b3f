import { useTranslation } from "react-i18next";

const LEVELS = ["1", "2", "3", "4", "5"] as const;

/** The name of a region level (自治区, 地州市, …). */
export function RegionLevel({ level }: { level: number }) {
  const { t } = useTranslation();
  const key = LEVELS.find((known) => known === String(level));
  return <>{key ? t(`regions.levels.${key}`) : level}</>;
}
