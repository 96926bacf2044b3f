import { Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { AlertsTable } from "../../../features/wages/components/alerts-table.tsx";
import { RatesTable } from "../../../features/wages/components/rates-table.tsx";

/** 工资预警: the caller's alert inbox, and disposal rates by county, department and month. */
export function WageAlertsPage() {
  const { t } = useTranslation();
  return (
    <Tabs
      items={[
        { key: "inbox", label: t("wages.inbox"), children: <AlertsTable /> },
        { key: "rates", label: t("wages.rates"), children: <RatesTable /> },
      ]}
    />
  );
}
