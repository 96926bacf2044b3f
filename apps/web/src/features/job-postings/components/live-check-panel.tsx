import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, Card, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../../../hooks/use-debounced-value.ts";
import { type CheckInput, useCheckPosting } from "../api/check-posting.ts";
import { FindingsList } from "./findings-list.tsx";

/** The law check of the posting as it is being written: asked for once the typing pauses. */
export function LiveCheckPanel({ input }: { input: CheckInput | null }) {
  const { t } = useTranslation();
  const settled = useDebouncedValue(input, 800);
  const check = useCheckPosting(settled);
  const findings = check.data?.findings ?? [];
  const blocked = findings.some((finding) => finding.severity === "block");
  return (
    <Card
      className="posting-check"
      size="small"
      title={
        <>
          <SafetyCertificateOutlined aria-hidden /> {t("postingForm.liveCheck")}
        </>
      }
      extra={check.isFetching ? <Spin size="small" description={t("postingForm.checking")} /> : null}
    >
      <section aria-live="polite" aria-label={t("postingForm.liveCheck")}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t("postingForm.liveCheckHint")}
        </Typography.Paragraph>
        {settled === null ? (
          <Typography.Text type="secondary">{t("postingForm.checkIdle")}</Typography.Text>
        ) : check.isError ? (
          <Alert type="error" showIcon title={check.error.message} />
        ) : check.data && findings.length === 0 ? (
          <Alert type="success" showIcon title={t("postingForm.clean")} />
        ) : (
          <>
            {blocked && (
              <Alert type="error" showIcon title={t("postings.blockHint")} style={{ marginBottom: 8 }} />
            )}
            <FindingsList findings={findings} />
          </>
        )}
      </section>
    </Card>
  );
}
