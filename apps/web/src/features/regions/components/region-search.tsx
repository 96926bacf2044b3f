import type { Region } from "@jiuye/contract/regions";
import { Input, Table, type TableColumnsType } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { useSearchRegions } from "../api/get-regions.ts";
import { RegionLevel } from "./region-level.tsx";

/** Finds regions whose name contains the text typed. */
export function RegionSearch({ onSelect }: { onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const results = useSearchRegions(q);
  const columns: TableColumnsType<Region> = [
    { title: t("regions.name"), dataIndex: "name" },
    { title: t("regions.code"), dataIndex: "code" },
    {
      title: t("regions.level"),
      dataIndex: "level",
      render: (level: number) => <RegionLevel level={level} />,
    },
  ];
  return (
    <>
      <Input.Search
        placeholder={t("regions.searchPlaceholder")}
        allowClear
        maxLength={30}
        enterButton
        onSearch={(value) => setQ(value.trim())}
        loading={results.isFetching}
      />
      {results.isError && <ErrorAlert error={results.error} />}
      {q && results.data && (
        <Table<Region>
          rowKey="code"
          size="small"
          columns={columns}
          dataSource={results.data.items}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t("regions.noResults") }}
          onRow={(region) => ({ onClick: () => onSelect(region.code), style: { cursor: "pointer" } })}
          style={{ marginTop: 12 }}
        />
      )}
    </>
  );
}
