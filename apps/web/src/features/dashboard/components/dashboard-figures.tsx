import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  EnvironmentOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Card, Col, Row, Statistic } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Dashboard } from "../api/get-dashboard.ts";

type Figure = keyof Dashboard["counts"];

const FIGURES: readonly { key: Figure; icon: ReactNode }[] = [
  { key: "accounts", icon: <TeamOutlined /> },
  { key: "employers", icon: <BankOutlined /> },
  { key: "departments", icon: <ApartmentOutlined /> },
  { key: "regions", icon: <EnvironmentOutlined /> },
  { key: "auditToday", icon: <AuditOutlined /> },
];

/** The jurisdiction's counts, one card each. */
export function DashboardFigures({ counts }: { counts: Dashboard["counts"] }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      {FIGURES.map(({ key, icon }) => (
        <Col key={key} xs={12} md={8} xl={{ flex: "20%" }}>
          <Card size="small">
            <Statistic title={t(`dashboard.${key}`)} value={counts[key]} prefix={icon} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
