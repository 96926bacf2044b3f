import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api-client.ts";

/** Shows what went wrong, in the server's own words where there are some, with a retry if one makes sense. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const description =
    error instanceof ApiError && error.code === "network"
      ? t("common.networkError")
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <Alert
      type="error"
      showIcon
      title={t("common.errorTitle")}
      description={description}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )
      }
    />
  );
}
