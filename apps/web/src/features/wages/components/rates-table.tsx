import type { RouteResponse } from "@jiuye/contract/route";
import type { wageAlertRates } from "@jiuye/contract/wages";
import { DatePicker, Segmented, Space, Table, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { type RateQuery, useWageRates } from "../api/wage-alerts.ts";

type Rate = RouteResponse<typeof wageAlertRates>["rows"][number];
const percent = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

/** Disposal and on-time rates of the alerts raised in a period, by department, county or month, against 98 %. */
export function RatesTable() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<RateQuery>({
    by: "county",
    from: dayjs().startOf("year").format("YYYY-MM-DD"),
    to: dayjs().format("YYYY-MM-DD"),
  });
  const rates = useWageRates(query);
  const rows = rates.data ? [...rates.data.rows, rates.data.total] : [];
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented
          value={query.by}
          onChange={(by) => setQuery((q) => ({ ...q, by: by as RateQuery["by"] }))}
          options={(["county", "department", "month"] as const).map((by) => ({
            value: by,
            label: t(`wages.by.${by}`),
          }))}
        />
        <DatePicker.RangePicker
          allowClear={false}
          value={[dayjs(query.from), dayjs(query.to)]}
          onChange={(range) => {
            if (range?.[0] && range[1])
              setQuery((q) => ({
                ...q,
                from: range[0]?.format("YYYY-MM-DD") ?? q.from,
                to: range[1]?.format("YYYY-MM-DD") ?? q.to,
              }));
          }}
        />
        {rates.data && (
          <Typography.Text type="secondary">
            {t("wages.target", { target: percent(rates.data.target) })}
          </Typography.Text>
        )}
      </Space>
      {rates.isError && <ErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />}
      <Table<Rate>
        rowKey="key"
        size="middle"
        loading={rates.isFetching}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t("wages.noRates") }}
        columns={[
          { title: t(`wages.by.${query.by ?? "county"}`), dataIndex: "name" },
          { title: t("wages.raised"), dataIndex: "raised", align: "right" },
          { title: t("wages.disposedCount"), dataIndex: "disposed", align: "right" },
          {
            title: t("wages.disposalRate"),
            key: "rate",
            align: "right",
            render: (_, r) => (
              <Typography.Text type={r.meetsTarget === false ? "danger" : undefined}>
                {percent(r.disposalRate)}
              </Typography.Text>
            ),
          },
          {
            title: t("wages.onTimeRate"),
            key: "onTime",
            align: "right",
            render: (_, r) => percent(r.onTimeRate),
          },
        ]}
      />
    </>
  );
}
