import { CheckCircleFilled, ExclamationCircleOutlined } from "@ant-design/icons";
import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

/** Whether the staff have checked an employer against the business register. */
export function VerifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(verified ? "jobs.verifiedHint" : "jobs.unverifiedHint")}>
      <Tag
        color={verified ? "success" : "default"}
        icon={verified ? <CheckCircleFilled /> : <ExclamationCircleOutlined />}
        style={{ marginInlineEnd: 0 }}
      >
        {t(verified ? "jobs.verified" : "jobs.unverified")}
      </Tag>
    </Tooltip>
  );
}
