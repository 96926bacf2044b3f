import { Progress } from "antd";
import { useTranslation } from "react-i18next";

const colour = (score: number) => (score >= 75 ? "#2f9e44" : score >= 50 ? "#0b5cad" : "#e8890c");

/** A match score of 0–100 as a small ring, named for screen readers. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <span className="match-score" role="img" aria-label={`${t("matching.score")} ${score}`}>
      <Progress type="circle" percent={score} size={48} strokeColor={colour(score)} format={() => score} />
      <span className="match-score-label" aria-hidden>
        {t("matching.score")}
      </span>
    </span>
  );
}
