import type { Posting } from "@jiuye/contract/job-postings";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const COLORS: Record<Posting["status"], string> = {
  draft: "default",
  pending_review: "gold",
  published: "green",
  filled: "blue",
  expired: "default",
  withdrawn: "volcano",
};

/** A posting's place in the review workflow, coloured. */
export function StatusTag({ status }: { status: Posting["status"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`postings.statuses.${status}`)}
    </Tag>
  );
}
