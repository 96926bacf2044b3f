import type { ReceivedApplication } from "@jiuye/contract/applications";
import { Button, Flex, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApplicationHistory } from "./application-history.tsx";
import { ApplicationStatusTag } from "./application-status-tag.tsx";
import "./applications.css";
import { DecideDialog, type PendingDecision } from "./decide-dialog.tsx";
import { decisionsFrom } from "./transitions.ts";

type Applicant = ReceivedApplication["applicant"];

function Qualifications({ applicant }: { applicant: Applicant }) {
  const { t } = useTranslation();
  if (applicant.skills.length === 0 && applicant.certificates.length === 0) return t("common.none");
  return (
    <Flex wrap gap={4}>
      {applicant.skills.map((skill) => (
        <Tag key={`s-${skill}`} style={{ marginInlineEnd: 0 }}>
          {skill}
        </Tag>
      ))}
      {applicant.certificates.map((certificate) => (
        <Tag key={`c-${certificate.name}-${certificate.level}`} color="blue" style={{ marginInlineEnd: 0 }}>
          {certificate.name}
          {certificate.level !== null &&
            `（${t(`people.levels.${certificate.level}` as "people.levels.1")}）`}
        </Tag>
      ))}
    </Flex>
  );
}

interface ReceivedApplicationsTableProps {
  items: ReceivedApplication[];
  loading: boolean;
  emptyText: string;
  /** Show which posting each application is for (the employer's inbox across postings). */
  showPosting?: boolean;
}

/**
 * Applications as the posting's side sees them: who applied, what they bring, how to reach them,
 * and only the moves the application's status allows; a row opens the note and the history.
 */
export function ReceivedApplicationsTable({
  items,
  loading,
  emptyText,
  showPosting,
}: ReceivedApplicationsTableProps) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<PendingDecision | null>(null);
  const none = t("common.none");
  const columns: TableColumnsType<ReceivedApplication> = [
    ...(showPosting
      ? [
          {
            title: t("applications.posting"),
            key: "posting",
            render: (_: unknown, application: ReceivedApplication) => (
              <Link
                to={`/console/postings?posting=${application.postingId}&tab=applicants`}
                title={t("applications.openPosting")}
              >
                {application.postingTitle}
              </Link>
            ),
          },
        ]
      : []),
    {
      title: t("applications.applicant"),
      key: "applicant",
      render: (_, { applicant }) => (
        <>
          <Typography.Text strong>{applicant.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary">
              {t("applications.ageValue", { count: applicant.age })}
              {" · "}
              {applicant.education ? t(`jobs.education.${applicant.education}`) : none}
              {" · "}
              {applicant.regionName}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: `${t("applications.skills")} / ${t("applications.certificates")}`,
      key: "qualifications",
      render: (_, { applicant }) => <Qualifications applicant={applicant} />,
    },
    {
      title: t("applications.phone"),
      key: "phone",
      render: (_, { applicant, status }) =>
        applicant.phone ? (
          <a href={`tel:${applicant.phone}`}>{applicant.phone}</a>
        ) : (
          <Typography.Text type="secondary">
            {status === "withdrawn" ? t("applications.withdrawnPhone") : t("applications.noPhone")}
          </Typography.Text>
        ),
    },
    {
      title: t("applications.status"),
      key: "status",
      render: (_, application) => (
        <Space size={4} wrap>
          <ApplicationStatusTag status={application.status} />
          {application.origin === "invitation" && <Tag>{t("applications.origins.invitation")}</Tag>}
        </Space>
      ),
    },
    {
      title: t("applications.appliedAt"),
      dataIndex: "createdAt",
      render: (value: string) => dayjs(value).format("YYYY-MM-DD HH:mm"),
    },
    {
      title: t("applications.actions"),
      key: "actions",
      render: (_, application) => {
        const moves = decisionsFrom(application.status);
        if (moves.length === 0)
          return <Typography.Text type="secondary">{t("applications.finished")}</Typography.Text>;
        return (
          <Space size={4} wrap>
            {moves.map((status) => (
              <Button
                key={status}
                size="small"
                type={status === "hired" ? "primary" : "default"}
                danger={status === "rejected"}
                onClick={() => setDecision({ application, status })}
              >
                {t(`applications.decisions.${status}`)}
              </Button>
            ))}
          </Space>
        );
      },
    },
  ];
  return (
    <>
      <Table<ReceivedApplication>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        scroll={{ x: showPosting ? 1100 : 900 }}
        locale={{ emptyText }}
        expandable={{
          expandedRowRender: (application) => (
            <>
              {application.note && (
                <p className="application-note">
                  <Typography.Text strong>{t("applications.note")}：</Typography.Text>
                  {application.note}
                </p>
              )}
              <Typography.Title level={5}>{t("applications.history")}</Typography.Title>
              <ApplicationHistory history={application.history} />
            </>
          ),
        }}
      />
      <DecideDialog decision={decision} onClose={() => setDecision(null)} />
    </>
  );
}
