import {
  CheckCircleFilled,
  CloseCircleFilled,
  MinusCircleFilled,
  QuestionCircleFilled,
} from "@ant-design/icons";
import { MATCH_FITS, type Match, type MatchFit } from "@jiuye/contract/matching";
import { Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FactorDetail } from "./factor-detail.tsx";
import "./matching.css";

const ICONS: Record<MatchFit, ReactNode> = {
  fits: <CheckCircleFilled style={{ color: "#2f9e44" }} />,
  partial: <MinusCircleFilled style={{ color: "#e8890c" }} />,
  misses: <CloseCircleFilled style={{ color: "#d9480f" }} />,
  unknown: <QuestionCircleFilled style={{ color: "#8492a6" }} />,
};

/**
 * Why a posting and a person match, factor by factor, grouped by what fits, fits partly, does not
 * fit and is not known; each factor with its labelled detail and the points it earned.
 */
export function MatchExplanation({ match }: { match: Match }) {
  const { t } = useTranslation();
  const groups = MATCH_FITS.map((fit) => ({
    fit,
    factors: match.factors.filter((factor) => factor.fit === fit),
  })).filter((group) => group.factors.length > 0);
  return (
    <div className="match-explanation">
      {groups.map(({ fit, factors }) => (
        <section key={fit} className={`match-group match-${fit}`} aria-label={t(`matching.fits.${fit}`)}>
          <h3 className="match-group-title">
            {ICONS[fit]} {t(`matching.fits.${fit}`)}
          </h3>
          <ul className="match-factors">
            {factors.map((factor) => (
              <li key={factor.factor}>
                <span className="match-factor-name">{t(`matching.factors.${factor.factor}`)}</span>
                <span className="match-factor-points">
                  {t("matching.points", { points: factor.points, weight: factor.weight })}
                </span>
                <div className="match-factor-detail">
                  <FactorDetail factor={factor} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.some((group) => group.fit === "unknown") && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t("matching.unknownHint")}
        </Typography.Text>
      )}
    </div>
  );
}
