import { Card, Col, Row, Typography } from "antd";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import { useDashboard } from "../api/get-dashboard.ts";
import { DashboardFigures } from "./dashboard-figures.tsx";
import { RecentActivity } from "./recent-activity.tsx";

/** ECharts is large: it loads only when there is something to chart. */
const CountChart = lazy(() => import("./count-chart.tsx").then((module) => ({ default: module.CountChart })));

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts];
}

/** The console landing page: the jurisdiction's figures and what happened recently. */
export function DashboardView() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  if (dashboard.isPending) return <PageSpinner />;
  if (dashboard.isError)
    return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;

  const { jurisdiction, counts, recentActivity, accountsByRole } = dashboard.data;
  const activity = countBy(recentActivity, (item) => item.action);
  const roles: [string, number][] = accountsByRole.map((r) => [t(`roles.${r.role}`), r.count]);
  return (
    <>
      <Typography.Paragraph type="secondary">
        {jurisdiction.name
          ? t("dashboard.jurisdiction", { name: jurisdiction.name })
          : t("dashboard.allJurisdictions")}
      </Typography.Paragraph>
      <DashboardFigures counts={counts} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {roles.length > 0 && (
          <Col xs={24} lg={12}>
            <Card title={t("dashboard.accountsChart")} size="small">
              <Suspense fallback={<PageSpinner />}>
                <CountChart rows={roles} label={t("dashboard.accountsChart")} />
              </Suspense>
            </Card>
          </Col>
        )}
        {activity.length > 1 && (
          <Col xs={24} lg={12}>
            <Card title={t("dashboard.activityChart")} size="small">
              <Suspense fallback={<PageSpinner />}>
                <CountChart rows={activity} label={t("dashboard.activityChart")} />
              </Suspense>
            </Card>
          </Col>
        )}
        <Col xs={24}>
          <Card title={t("dashboard.recentActivity")} size="small">
            <RecentActivity items={recentActivity} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
