import { EnvironmentOutlined } from "@ant-design/icons";
import type { PostingMatch } from "@jiuye/contract/matching";
import { Collapse } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPay } from "../../../lib/posting-format.ts";
import { MatchExplanation } from "./match-explanation.tsx";
import { MatchScore } from "./match-score.tsx";
import "./matching.css";

interface PostingMatchListProps {
  items: PostingMatch[];
  /** Open postings in a new tab (from the console, where the public page is elsewhere). */
  newTab?: boolean;
}

/** Postings that fit a person, best first: each with its score and, opened, why it fits. */
export function PostingMatchList({ items, newTab }: PostingMatchListProps) {
  const { t } = useTranslation();
  return (
    <ul className="match-list">
      {items.map((match) => {
        const { posting } = match;
        return (
          <li key={posting.id} className="match-card">
            <div className="match-card-head">
              <div>
                <Link
                  to={`/jobs/${posting.id}`}
                  className="match-card-title"
                  target={newTab ? "_blank" : undefined}
                  rel={newTab ? "noopener" : undefined}
                >
                  {posting.title}
                </Link>
                <div className="match-card-pay">{formatPay(t, posting)}</div>
              </div>
              <MatchScore score={match.score} />
            </div>
            <p className="match-card-meta">
              <span>{posting.employerName}</span>
              <span>
                <EnvironmentOutlined aria-hidden /> {posting.regionName}
              </span>
              <span>{t(`jobs.types.${posting.employmentType}`)}</span>
              {posting.validUntil && <span>{t("matching.validUntil", { date: posting.validUntil })}</span>}
            </p>
            <Collapse
              ghost
              size="small"
              styles={{ header: { paddingInline: 0 }, body: { paddingInline: 0 } }}
              items={[{ key: "why", label: t("matching.why"), children: <MatchExplanation match={match} /> }]}
            />
          </li>
        );
      })}
    </ul>
  );
}
