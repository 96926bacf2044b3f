import { Empty, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Dashboard } from "../api/get-dashboard.ts";

/** The latest audited actions in the jurisdiction, newest first. */
export function RecentActivity({ items }: { items: Dashboard["recentActivity"] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty description={t("dashboard.noActivity")} />;
  return (
    <Timeline
      items={items.map((item, index) => ({
        key: `${item.at}-${index}`,
        content: (
          <>
            <Typography.Text code>{item.action}</Typography.Text> {item.actorName ?? t("common.none")}
            <br />
            <Typography.Text type="secondary">
              <time dateTime={item.at}>{dayjs(item.at).format("YYYY-MM-DD HH:mm:ss")}</time>
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
