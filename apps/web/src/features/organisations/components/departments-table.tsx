import type { Organisation } from "@jiuye/contract/organisations";
import { Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { useDepartments } from "../api/get-departments.ts";

/** The departments that are member units of the employment leadership groups. */
export function DepartmentsTable() {
  const { t } = useTranslation();
  const departments = useDepartments();
  if (departments.isError) {
    return <ErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />;
  }
  const columns: TableColumnsType<Organisation> = [
    { title: t("organisations.name"), dataIndex: "name" },
    { title: t("organisations.region"), dataIndex: "regionName" },
  ];
  return (
    <Table<Organisation>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={departments.data?.items ?? []}
      loading={departments.isPending}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t("organisations.departmentsEmpty") }}
    />
  );
}
