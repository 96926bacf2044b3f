import type { Finding } from "@jiuye/contract/job-postings";
import { Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import "./postings.css";

/** The law check's findings, the forbidden ones first: what, the words as written, and the law. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const ordered = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "block" ? -1 : 1,
  );
  return (
    <ul className="findings">
      {ordered.map((finding) => (
        <li
          key={`${finding.category}-${finding.severity}-${finding.text}`}
          className={`finding finding-${finding.severity}`}
        >
          <div>
            <Tag color={finding.severity === "block" ? "red" : "orange"}>
              {t(`postings.severity.${finding.severity}`)}
            </Tag>
            <strong>{t(`findingCategories.${finding.category}`)}</strong>
            {finding.text && <span className="finding-text">“{finding.text}”</span>}
          </div>
          <Typography.Text type="secondary" className="finding-basis">
            {t("postings.basis")}：{finding.basis}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
