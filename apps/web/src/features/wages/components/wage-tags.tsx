import type { WAGE_ALERT_STATUSES } from "@jiuye/contract/wages";
import { Badge, Tag } from "antd";
import { useTranslation } from "react-i18next";

const COLORS = { red: "#cf1322", yellow: "#d48806", green: "#389e0d" } as const;

/** A project's health light, or an alert's severity. */
export function LightBadge({ light }: { light: keyof typeof COLORS }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[light]} text={t(`wages.lights.${light}`)} />;
}

const STATUS_COLORS = { raised: "red", acknowledged: "orange", disposed: "blue", closed: "green" } as const;

export function AlertStatusTag({ status }: { status: (typeof WAGE_ALERT_STATUSES)[number] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`wages.statuses.${status}`)}</Tag>;
}

/** Yuan as 万元 with two decimals, as the bureaux write contract amounts. */
export function wan(yuan: number): string {
  return (yuan / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 2 });
}
