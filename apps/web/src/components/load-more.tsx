import { Button, Typography } from "antd";
import { useTranslation } from "react-i18next";

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** The foot of a cursor-paged list: a button while more pages remain. */
export function LoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <div style={{ textAlign: "center", marginTop: 16 }}>
      {hasMore ? (
        <Button onClick={onLoadMore} loading={loading}>
          {t("common.loadMore")}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t("common.allLoaded")}</Typography.Text>
      )}
    </div>
  );
}
