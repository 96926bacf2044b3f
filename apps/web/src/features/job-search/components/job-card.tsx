import { EnvironmentOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { VerifiedTag } from "../../../components/verified-tag.tsx";
import { formatPay, formatPlace } from "../../../lib/posting-format.ts";
import type { JobSearchItem } from "../api/search-postings.ts";
import { postedAgo } from "./posted-ago.ts";

const SHOWN_BENEFITS = 4;

/** One search result: what, who, how much, where, and what else is offered. */
export function JobCard({ posting, from }: { posting: JobSearchItem; from: string }) {
  const { t } = useTranslation();
  const ago = postedAgo(t, posting.publishedAt);
  const place = formatPlace(posting);
  return (
    <li className="job-card">
      <Link to={`/jobs/${posting.id}`} state={{ from }} className="job-card-link">
        <span className="job-card-head">
          <span className="job-card-title">{posting.title}</span>
          <span className="job-card-pay">{formatPay(t, posting)}</span>
        </span>
        <span className="job-card-employer">
          <span className="job-card-employer-name">{posting.employer.name}</span>
          <VerifiedTag verified={posting.employer.verified} />
        </span>
        <span className="job-card-meta">
          <span>
            <EnvironmentOutlined aria-hidden /> {place}
          </span>
          {posting.distanceKm !== null && (
            <span>{t("jobs.distance", { km: posting.distanceKm.toFixed(1) })}</span>
          )}
          <span>{t(`jobs.types.${posting.employmentType}`)}</span>
          {posting.headcount !== null && (
            <span>{t("jobs.headcountValue", { count: posting.headcount })}</span>
          )}
        </span>
        {posting.benefits.length > 0 && (
          <span className="job-card-benefits">
            {posting.benefits.slice(0, SHOWN_BENEFITS).map((benefit) => (
              <Tag key={benefit} color="blue" variant="filled">
                {benefit}
              </Tag>
            ))}
            {posting.benefits.length > SHOWN_BENEFITS && (
              <Tag>+{posting.benefits.length - SHOWN_BENEFITS}</Tag>
            )}
          </span>
        )}
        <span className="job-card-foot">
          {ago && <span>{ago}</span>}
          {posting.alsoPublishedBy.length > 0 && (
            <span>{t("jobs.alsoPublished", { count: posting.alsoPublishedBy.length })}</span>
          )}
        </span>
      </Link>
    </li>
  );
}
