import { BellOutlined } from "@ant-design/icons";
import { Badge } from "antd";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useUnreadCount } from "../api/get-inbox.ts";
import "./inbox.css";

/** The inbox in the header: a bell with the number of unread messages. */
export function InboxBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true).data ?? 0;
  const label = unread > 0 ? t("me.inboxUnread", { count: unread }) : t("me.inbox");
  return (
    <NavLink to="/me/inbox" className="inbox-bell" aria-label={label} title={label}>
      <Badge count={unread} size="small" overflowCount={99}>
        <BellOutlined aria-hidden style={{ fontSize: 18 }} />
      </Badge>
    </NavLink>
  );
}
