import type { InboxMessage } from "@jiuye/contract/inbox";
import { Badge, Collapse, Empty, Segmented, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { useInbox } from "../api/get-inbox.ts";
import { useReadMessage } from "../api/read-message.ts";
import "./inbox.css";

const KIND_COLOURS: Record<InboxMessage["kind"], string> = {
  match: "blue",
  group_push: "cyan",
  application: "gold",
  invitation: "green",
};

/** Where a message leads: its own link, or the postings it is about; a push also to turning pushes off. */
function MessageLinks({ message }: { message: InboxMessage }) {
  const { t } = useTranslation();
  const postingLinks = message.postingIds.map((id) => `/jobs/${id}`).filter((path) => path !== message.link);
  const many = postingLinks.length + (message.link ? 1 : 0) > 1;
  return (
    <Space wrap size={[12, 4]}>
      {message.link && (
        <Link to={message.link}>
          {message.link.startsWith("/jobs/") ? t("inbox.openPosting") : t("inbox.openLink")}
        </Link>
      )}
      {postingLinks.map((path, index) => (
        <Link key={path} to={path}>
          {many ? t("inbox.openPostingN", { n: index + 1 }) : t("inbox.openPosting")}
        </Link>
      ))}
      {message.unsubscribeLink && (
        <Link to={message.unsubscribeLink} className="inbox-unsubscribe">
          {t("inbox.unsubscribe")}
        </Link>
      )}
    </Space>
  );
}

/** One's inbox, newest first: opening a message marks it read; unread ones are marked. */
export function InboxList() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInbox(unreadOnly);
  const read = useReadMessage();
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = inbox.data?.pages[0]?.unread ?? 0;

  function opened(keys: string[]) {
    for (const key of keys) {
      const message = items.find((item) => item.id === key);
      if (message && message.readAt === null && !(read.isPending && read.variables === key)) read.mutate(key);
    }
  }

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={unreadOnly ? "unread" : "all"}
          onChange={(value) => setUnreadOnly(value === "unread")}
          options={[
            { value: "all", label: t("inbox.all") },
            { value: "unread", label: t("inbox.unreadOnly") },
          ]}
        />
        {unread > 0 && (
          <Typography.Text type="secondary">{t("inbox.unreadCount", { count: unread })}</Typography.Text>
        )}
      </Space>
      {inbox.isPending ? (
        <PageSpinner />
      ) : inbox.isError ? (
        <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={unreadOnly ? t("inbox.emptyUnread") : t("inbox.empty")}
        />
      ) : (
        <Collapse
          className="inbox-list"
          onChange={opened}
          items={items.map((message) => ({
            key: message.id,
            label: (
              <span className={message.readAt === null ? "inbox-title inbox-unread" : "inbox-title"}>
                {message.readAt === null && <Badge status="processing" aria-label={t("inbox.unread")} />}
                <span className="inbox-title-text">{message.title}</span>
              </span>
            ),
            extra: (
              <Typography.Text type="secondary" className="inbox-date">
                {dayjs(message.createdAt).format("MM-DD HH:mm")}
              </Typography.Text>
            ),
            children: (
              <div className="inbox-body">
                <Tag color={KIND_COLOURS[message.kind]}>{t(`inbox.kinds.${message.kind}`)}</Tag>
                <p>{message.body}</p>
                <MessageLinks message={message} />
              </div>
            ),
          }))}
        />
      )}
      {inbox.hasNextPage && (
        <LoadMore hasMore loading={inbox.isFetchingNextPage} onLoadMore={() => void inbox.fetchNextPage()} />
      )}
    </>
  );
}
