import { ArrowLeftOutlined, EnvironmentOutlined } from "@ant-design/icons";
import type { Posting, PublicPosting } from "@jiuye/contract/job-postings";
import { Alert, Tag } from "antd";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { VerifiedTag } from "../../../components/verified-tag.tsx";
import { formatPay, formatPlace, formatSource } from "../../../lib/posting-format.ts";
import { jobPostingLd, type PostingPlace } from "./job-posting-ld.ts";
import { postedAgo } from "./posted-ago.ts";
import "./jobs.css";

/** Mobile and landline numbers, and the 12333 hotline: tappable on a phone. */
const PHONE = /(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|12333)/;

function withPhoneLinks(text: string): ReactNode[] {
  let offset = 0;
  return text.split(PHONE).map((part, index) => {
    const at = offset;
    offset += part.length;
    return index % 2 === 1 ? (
      <a key={at} href={`tel:${part.replace(/-/g, "")}`}>
        {part}
      </a>
    ) : (
      part
    );
  });
}

interface JobDetailProps {
  posting: PublicPosting | Posting;
  place: PostingPlace;
  /** The search this page was opened from, to go back to it. */
  backTo: string;
  /** Applying on the platform, under how to apply: one tap for a registered job seeker. */
  apply?: ReactNode;
}

/** A published posting in full: pay, employer, place, the job, how to apply (and `apply`), and its other sources. */
export function JobDetail({ posting, place, backTo, apply }: JobDetailProps) {
  const { t } = useTranslation();
  const ago = postedAgo(t, posting.publishedAt);
  const status = "status" in posting ? posting.status : "published";
  const facts: [string, ReactNode][] = [
    [t("jobs.place"), formatPlace(posting)],
    [t("jobs.type"), t(`jobs.types.${posting.employmentType}`)],
    ...(posting.headcount !== null
      ? [[t("jobs.headcount"), t("jobs.headcountValue", { count: posting.headcount })] as [string, ReactNode]]
      : []),
    [t("jobs.educationLabel"), t(`jobs.education.${posting.education ?? "none"}`)],
    [
      t("jobs.experience"),
      posting.experienceYears ? t("jobs.experienceValue", { count: posting.experienceYears }) : t("jobs.any"),
    ],
    ...(posting.occupation
      ? [[t("jobs.occupationLabel"), posting.occupation.name] as [string, ReactNode]]
      : []),
    ...(posting.industry ? [[t("jobs.industry"), posting.industry.name] as [string, ReactNode]] : []),
    ...(posting.validUntil ? [[t("jobs.validUntil"), posting.validUntil] as [string, ReactNode]] : []),
    ...(posting.publishedAt
      ? [[t("jobs.publishedAt"), dayjs(posting.publishedAt).format("YYYY-MM-DD")] as [string, ReactNode]]
      : []),
  ];

  return (
    <article className="job-detail" aria-labelledby="job-title">
      <title>{`${posting.title} · ${posting.employer.name} - ${t("common.appName")}`}</title>
      <Link to={backTo} className="job-back">
        <ArrowLeftOutlined aria-hidden /> {t("jobs.backToList")}
      </Link>
      {status !== "published" && (
        <Alert
          type="info"
          showIcon
          title={t("jobs.preview", { status: t(`postings.statuses.${status}`) })}
          style={{ marginTop: 12 }}
        />
      )}

      <header className="panel job-detail-head">
        <h1 id="job-title">{posting.title}</h1>
        <p className="job-detail-pay">{formatPay(t, posting)}</p>
        <p className="job-card-employer">
          <span className="job-card-employer-name">{posting.employer.name}</span>
          <VerifiedTag verified={posting.employer.verified} />
        </p>
        <p className="job-card-meta">
          <span>
            <EnvironmentOutlined aria-hidden /> {posting.regionName}
          </span>
          <span>{t(`jobs.types.${posting.employmentType}`)}</span>
          {ago && <span>{ago}</span>}
        </p>
        {posting.benefits.length > 0 && (
          <p className="job-card-benefits">
            {posting.benefits.map((benefit) => (
              <Tag key={benefit} color="blue" variant="filled">
                {benefit}
              </Tag>
            ))}
          </p>
        )}
      </header>

      <section className="panel" aria-labelledby="job-description">
        <h2 id="job-description">{t("jobs.description")}</h2>
        <p className="job-text">{posting.description}</p>
        {posting.requirements && (
          <>
            <h2>{t("jobs.requirements")}</h2>
            <p className="job-text">{posting.requirements}</p>
          </>
        )}
        <dl className="job-facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="panel" aria-labelledby="job-apply">
        <h2 id="job-apply">{t("jobs.howToApply")}</h2>
        <p className="job-text">{withPhoneLinks(posting.howToApply)}</p>
        {apply}
      </section>

      {posting.alsoPublishedBy.length > 0 && (
        <section className="panel" aria-labelledby="job-sources">
          <h2 id="job-sources">{t("jobs.alsoPublishedTitle")}</h2>
          <ul className="job-sources">
            {posting.alsoPublishedBy.map((other) => (
              <li key={other.postingId}>
                <Link to={`/jobs/${other.postingId}`} state={{ from: backTo.replace(/^\/jobs/, "") }}>
                  {other.employerName}
                </Link>{" "}
                <Tag>{formatSource(t, other.source)}</Tag>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="job-note">{t("jobs.safetyNote")}</p>
      <script type="application/ld+json">{JSON.stringify(jobPostingLd(posting, place))}</script>
    </article>
  );
}
