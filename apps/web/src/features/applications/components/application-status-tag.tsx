import type { OwnApplication } from "@jiuye/contract/applications";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

type Status = OwnApplication["status"];

const COLOURS: Record<Status, string> = {
  submitted: "blue",
  viewed: "cyan",
  interview: "gold",
  offer: "purple",
  hired: "green",
  rejected: "default",
  withdrawn: "default",
};

/** Where an application stands, coloured. */
export function ApplicationStatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`applications.statuses.${status}`)}
    </Tag>
  );
}
