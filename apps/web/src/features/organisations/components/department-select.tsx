import { Select } from "antd";
import { useDepartments } from "../api/get-departments.ts";

interface DepartmentSelectProps {
  id?: string;
  value?: string;
  onChange?: (id: string) => void;
}

/** Picks a department by name; the value is its id. */
export function DepartmentSelect({ id, value, onChange }: DepartmentSelectProps) {
  const departments = useDepartments();
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={departments.isPending}
      status={departments.isError ? "error" : undefined}
      showSearch={{ optionFilterProp: "label" }}
      options={departments.data?.items.map((department) => ({
        value: department.id,
        label: `${department.name}（${department.regionName}）`,
      }))}
    />
  );
}
