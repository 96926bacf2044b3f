import type { OwnApplication } from "@jiuye/contract/applications";
import { App, Button, Collapse, Empty, Popconfirm, Tag } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ButtonLink } from "../../../components/button-link.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { useOwnApplications } from "../api/get-own-applications.ts";
import { useWithdrawApplication } from "../api/withdraw-application.ts";
import { ApplicationHistory } from "./application-history.tsx";
import { ApplicationStatusTag } from "./application-status-tag.tsx";
import "./applications.css";
import { canWithdraw } from "./transitions.ts";

const day = (iso: string) => dayjs(iso).format("YYYY-MM-DD");

function OwnApplicationCard({ application }: { application: OwnApplication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const withdraw = useWithdrawApplication();
  const { posting } = application;
  return (
    <li className="application-card">
      <div className="application-card-head">
        <Link to={`/jobs/${posting.id}`} className="application-card-title">
          {posting.title}
        </Link>
        <ApplicationStatusTag status={application.status} />
      </div>
      <p className="application-card-meta">
        <span>{posting.employerName}</span>
        <span>{posting.regionName}</span>
      </p>
      <p className="application-card-meta">
        <span>{t("applications.appliedOn", { date: day(application.createdAt) })}</span>
        {application.updatedAt !== application.createdAt && (
          <span>{t("applications.updatedOn", { date: day(application.updatedAt) })}</span>
        )}
        {application.origin === "invitation" && <Tag>{t("applications.origins.invitation")}</Tag>}
      </p>
      {application.note && (
        <p className="application-note" style={{ margin: 0 }}>
          {t("applications.yourNote")}：{application.note}
        </p>
      )}
      <Collapse
        ghost
        size="small"
        styles={{ header: { paddingInline: 0 }, body: { paddingInline: 0 } }}
        items={[
          {
            key: "history",
            label: `${t("applications.history")}（${application.history.length}）`,
            children: <ApplicationHistory history={application.history} />,
          },
        ]}
      />
      {canWithdraw(application.status) && (
        <div>
          <Popconfirm
            title={t("applications.withdraw")}
            description={<div style={{ maxWidth: 260 }}>{t("applications.withdrawConfirm")}</div>}
            onConfirm={() =>
              withdraw.mutateAsync(application.id).then(
                () => void message.success(t("applications.withdrawnDone")),
                (cause: unknown) =>
                  void message.error(cause instanceof Error ? cause.message : String(cause)),
              )
            }
          >
            <Button size="small" loading={withdraw.isPending}>
              {t("applications.withdraw")}
            </Button>
          </Popconfirm>
        </div>
      )}
    </li>
  );
}

/** 我的应聘: one's applications, newest first, with each one's status, history and a way to withdraw. */
export function OwnApplications() {
  const { t } = useTranslation();
  const applications = useOwnApplications();
  if (applications.isPending) return <PageSpinner />;
  if (applications.isError)
    return <ErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />;
  const items = applications.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <Empty description={t("applications.mineEmpty")}>
        <ButtonLink to="/jobs" type="primary">
          {t("applications.findJobs")}
        </ButtonLink>
      </Empty>
    );
  }
  return (
    <>
      <ul className="application-list">
        {items.map((application) => (
          <OwnApplicationCard key={application.id} application={application} />
        ))}
      </ul>
      <LoadMore
        hasMore={applications.hasNextPage}
        loading={applications.isFetchingNextPage}
        onLoadMore={() => void applications.fetchNextPage()}
      />
    </>
  );
}
