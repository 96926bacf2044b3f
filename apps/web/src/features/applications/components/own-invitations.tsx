import type { OwnInvitation } from "@jiuye/contract/applications";
import { App, Button, Empty, Popconfirm, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { type InvitationAnswer, useAnswerInvitation } from "../api/answer-invitation.ts";
import { useOwnInvitations } from "../api/get-own-invitations.ts";
import "./applications.css";

function InvitationCard({ invitation }: { invitation: OwnInvitation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const answer = useAnswerInvitation();
  const { posting } = invitation;
  const busy = (what: InvitationAnswer) => answer.isPending && answer.variables?.answer === what;

  function send(what: InvitationAnswer) {
    return answer.mutateAsync({ id: invitation.id, answer: what }).then(
      () =>
        void message.success(
          t(what === "accepted" ? "invitations.acceptedDone" : "invitations.declinedDone"),
        ),
      (cause: unknown) => void message.error(cause instanceof Error ? cause.message : String(cause)),
    );
  }

  return (
    <li className="application-card">
      <div className="application-card-head">
        <Link to={`/jobs/${posting.id}`} className="application-card-title">
          {posting.title}
        </Link>
        {invitation.answer && (
          <Tag color={invitation.answer === "accepted" ? "green" : "default"} style={{ marginInlineEnd: 0 }}>
            {t(`invitations.answers.${invitation.answer}`)}
          </Tag>
        )}
      </div>
      <p className="application-card-meta">
        <span>{posting.employerName}</span>
        <span>{posting.regionName}</span>
        <span>{t("invitations.invitedOn", { date: dayjs(invitation.createdAt).format("YYYY-MM-DD") })}</span>
      </p>
      {!invitation.answer && (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t("invitations.acceptHint")}
          </Typography.Text>
          <Space wrap>
            <Popconfirm
              title={t("invitations.accept")}
              description={
                <div style={{ maxWidth: 260 }}>
                  {t("invitations.acceptConfirm", { employer: posting.employerName })}
                </div>
              }
              onConfirm={() => send("accepted")}
            >
              <Button type="primary" loading={busy("accepted")} disabled={answer.isPending}>
                {t("invitations.accept")}
              </Button>
            </Popconfirm>
            <Button
              loading={busy("declined")}
              disabled={answer.isPending}
              onClick={() => void send("declined")}
            >
              {t("invitations.decline")}
            </Button>
          </Space>
        </>
      )}
    </li>
  );
}

/** The invitations to apply that employers sent one: accept (apply, sharing one's phone) or decline. */
export function OwnInvitations() {
  const { t } = useTranslation();
  const invitations = useOwnInvitations();
  if (invitations.isPending) return <PageSpinner />;
  if (invitations.isError)
    return <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />;
  const items = invitations.data.pages.flatMap((page) => page.items);
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("invitations.empty")} />;
  return (
    <>
      <ul className="application-list">
        {items.map((invitation) => (
          <InvitationCard key={invitation.id} invitation={invitation} />
        ))}
      </ul>
      {invitations.hasNextPage && (
        <LoadMore
          hasMore
          loading={invitations.isFetchingNextPage}
          onLoadMore={() => void invitations.fetchNextPage()}
        />
      )}
    </>
  );
}
