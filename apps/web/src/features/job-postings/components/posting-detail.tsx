import type { Posting } from "@jiuye/contract/job-postings";
import { Alert, Descriptions, type DescriptionsProps, Divider, Empty, Tag, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { VerifiedTag } from "../../../components/verified-tag.tsx";
import { formatPay, formatPlace, formatSource } from "../../../lib/posting-format.ts";
import { FindingsList } from "./findings-list.tsx";
import { StatusTag } from "./status-tag.tsx";

const at = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

/** A posting as its employer and reviewers see it: the fields, the law check, the review, the history, the sources. */
export function PostingDetail({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  const none = t("common.none");
  const fields: DescriptionsProps["items"] = [
    { key: "status", label: t("postings.status"), children: <StatusTag status={posting.status} /> },
    {
      key: "employer",
      label: t("postings.employer"),
      children: (
        <>
          {posting.employer.name} <VerifiedTag verified={posting.employer.verified} />
        </>
      ),
    },
    { key: "pay", label: t("postings.pay"), children: formatPay(t, posting) },
    { key: "type", label: t("jobs.type"), children: t(`jobs.types.${posting.employmentType}`) },
    {
      key: "place",
      label: t("jobs.place"),
      children: formatPlace(posting),
    },
    {
      key: "headcount",
      label: t("jobs.headcount"),
      children: posting.headcount === null ? none : t("jobs.headcountValue", { count: posting.headcount }),
    },
    {
      key: "education",
      label: t("jobs.educationLabel"),
      children: t(`jobs.education.${posting.education ?? "none"}`),
    },
    {
      key: "experience",
      label: t("jobs.experience"),
      children: posting.experienceYears
        ? t("jobs.experienceValue", { count: posting.experienceYears })
        : none,
    },
    {
      key: "occupation",
      label: t("jobs.occupationLabel"),
      children: posting.occupation ? `${posting.occupation.name}（${posting.occupation.code}）` : none,
    },
    { key: "industry", label: t("jobs.industry"), children: posting.industry?.name ?? none },
    { key: "validUntil", label: t("jobs.validUntil"), children: posting.validUntil ?? none },
    {
      key: "benefits",
      label: t("jobs.benefits"),
      children: posting.benefits.length
        ? posting.benefits.map((benefit) => <Tag key={benefit}>{benefit}</Tag>)
        : none,
    },
  ];
  const texts: [string, string | null][] = [
    [t("jobs.description"), posting.description],
    [t("jobs.requirements"), posting.requirements],
    [t("jobs.howToApply"), posting.howToApply],
  ];

  return (
    <>
      {posting.reviewNote && (
        <Alert
          type={posting.status === "draft" ? "warning" : "info"}
          showIcon
          title={t("postings.reviewNote")}
          description={posting.reviewNote}
          style={{ marginBottom: 16 }}
        />
      )}
      {!posting.editable && ["draft", "pending_review"].includes(posting.status) && (
        <Alert type="info" showIcon title={t("postings.notEditable")} style={{ marginBottom: 16 }} />
      )}
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t("postings.findings")}
      </Typography.Title>
      {posting.findings.length === 0 ? (
        <Alert type="success" showIcon title={t("postings.noFindings")} />
      ) : (
        <FindingsList findings={posting.findings} />
      )}
      <Divider />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={fields} />
      {texts.map(
        ([label, text]) =>
          text && (
            <section key={label} style={{ marginTop: 16 }}>
              <Typography.Title level={5}>{label}</Typography.Title>
              <p className="posting-text">{text}</p>
            </section>
          ),
      )}
      <Divider />
      <Typography.Title level={5}>{t("postings.history")}</Typography.Title>
      {posting.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={posting.history.map((event, index) => ({
            key: `${event.at}-${index}`,
            color: event.toStatus === "published" ? "green" : event.note ? "orange" : "blue",
            content: (
              <>
                <Typography.Text type="secondary">{at(event.at)}</Typography.Text> {event.actorName ?? none}
                {" · "}
                {event.fromStatus ? (
                  <>
                    {t(`postings.statuses.${event.fromStatus}`)} → {t(`postings.statuses.${event.toStatus}`)}
                  </>
                ) : (
                  `${t("postings.created")} · ${t(`postings.statuses.${event.toStatus}`)}`
                )}
                {event.note && <div className="posting-text">{event.note}</div>}
              </>
            ),
          }))}
        />
      )}
      <Typography.Title level={5}>{t("postings.sources")}</Typography.Title>
      <ul style={{ paddingLeft: 20, margin: 0 }}>
        {posting.sources.map((source) => (
          <li key={`${source.source}-${source.sourceId}`}>
            <Tag>{formatSource(t, source.source)}</Tag>
            <Typography.Text type="secondary">
              {t("postings.sourceSeen", { first: at(source.firstSeen), last: at(source.lastSeen) })}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </>
  );
}
