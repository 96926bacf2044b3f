import { Flex, Segmented, Select, Table, type TableColumnsType, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { usePostingStats } from "../api/get-posting-stats.ts";

type Measure = "postings" | "positions";

interface StatsRow {
  regionCode: string;
  regionName: string;
  /** By month, 1–12. */
  months: number[];
  total: number;
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** Postings gathered (归集) per month of a year, by the regions below the caller's: the plans' indicator. */
export function PostingStatsTable() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [measure, setMeasure] = useState<Measure>("postings");
  const stats = usePostingStats(year);

  const rows = useMemo(() => {
    const byRegion = new Map<string, StatsRow>();
    for (const entry of stats.data?.rows ?? []) {
      const row = byRegion.get(entry.regionCode) ?? {
        regionCode: entry.regionCode,
        regionName: entry.regionName,
        months: MONTHS.map(() => 0),
        total: 0,
      };
      const month = Number(entry.month.slice(5, 7));
      const value = entry[measure];
      row.months[month - 1] = (row.months[month - 1] ?? 0) + value;
      row.total += value;
      byRegion.set(entry.regionCode, row);
    }
    return [...byRegion.values()];
  }, [stats.data, measure]);

  const columns: TableColumnsType<StatsRow> = [
    { title: t("postingStats.region"), dataIndex: "regionName", fixed: "left", width: 160 },
    ...MONTHS.map((month) => ({
      title: t("postingStats.month", { month }),
      key: String(month),
      align: "right" as const,
      render: (_: unknown, row: StatsRow) => row.months[month - 1] || "",
    })),
    { title: t("postingStats.total"), dataIndex: "total", align: "right", fixed: "right", width: 90 },
  ];

  return (
    <>
      <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Select<number>
          aria-label={t("postingStats.year")}
          value={year}
          onChange={setYear}
          options={[0, 1, 2, 3, 4].map((back) => ({
            value: thisYear - back,
            label: String(thisYear - back),
          }))}
          style={{ width: 110 }}
        />
        <Segmented<Measure>
          aria-label={t("postingStats.measure")}
          value={measure}
          onChange={setMeasure}
          options={[
            { value: "postings", label: t("postingStats.postings") },
            { value: "positions", label: t("postingStats.positions") },
          ]}
        />
      </Flex>
      {stats.isError ? (
        <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <Table<StatsRow>
          rowKey="regionCode"
          size="small"
          bordered
          columns={columns}
          dataSource={rows}
          loading={stats.isPending}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t("postingStats.empty") }}
          summary={(shown) =>
            shown.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t("postingStats.total")}</strong>
                </Table.Summary.Cell>
                {MONTHS.map((month) => (
                  <Table.Summary.Cell key={month} index={month} align="right">
                    {shown.reduce((sum, row) => sum + (row.months[month - 1] ?? 0), 0) || ""}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={13} align="right">
                  <strong>{shown.reduce((sum, row) => sum + row.total, 0)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t("postingStats.note")}
      </Typography.Paragraph>
    </>
  );
}
