import { Card, Col, Row, Typography } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { useDashboard } from "../api/get-dashboard.ts";
import { DashboardFigures } from "./dashboard-figures.tsx";
import { RecentActivity } from "./recent-activity.tsx";

/** ECharts is large: it loads only when there is something to chart. */
const ActivityChart = lazy(() =>
  import("./activity-chart.tsx").then((module) => ({ default: module.ActivityChart })),
);

/** The console landing page: the jurisdiction's figures and what happened recently. */
export function DashboardView() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  if (dashboard.isPending) return <PageSpinner />;
  if (dashboard.isError)
    return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;

  const { jurisdiction, counts, recentActivity } = dashboard.data;
  const distinctActions = new Set(recentActivity.map((item) => item.action)).size;
  return (
    <>
      <Typography.Paragraph type="secondary">
        {jurisdiction.name
          ? t("dashboard.jurisdiction", { name: jurisdiction.name })
          : t("dashboard.allJurisdictions")}
      </Typography.Paragraph>
      <DashboardFigures counts={counts} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={distinctActions > 1 ? 12 : 24}>
          <Card title={t("dashboard.recentActivity")} size="small">
            <RecentActivity items={recentActivity} />
          </Card>
        </Col>
        {distinctActions > 1 && (
          <Col xs={24} lg={12}>
            <Card title={t("dashboard.activityChart")} size="small">
              <Suspense fallback={<PageSpinner />}>
                <ActivityChart items={recentActivity} label={t("dashboard.activityChart")} />
              </Suspense>
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
