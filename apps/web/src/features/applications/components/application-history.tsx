import type { OwnApplication } from "@jiuye/contract/applications";
import { Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ApplicationStatusTag } from "./application-status-tag.tsx";

const at = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

/** Every step of an application, oldest first: when, the new status, who moved it, and their note. */
export function ApplicationHistory({ history }: { history: OwnApplication["history"] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={history.map((event, index) => ({
        key: `${event.at}-${index}`,
        color: event.toStatus === "hired" ? "green" : event.toStatus === "rejected" ? "gray" : "blue",
        content: (
          <>
            <Typography.Text type="secondary">{at(event.at)}</Typography.Text>{" "}
            <ApplicationStatusTag status={event.toStatus} />
            {event.actorName && (
              <Typography.Text type="secondary">
                {" "}
                · {t("applications.by", { name: event.actorName })}
              </Typography.Text>
            )}
            {event.note && <div className="application-note">{event.note}</div>}
          </>
        ),
      }))}
    />
  );
}
