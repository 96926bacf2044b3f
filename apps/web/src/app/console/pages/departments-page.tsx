import { DepartmentsTable } from "../../../features/organisations/components/departments-table.tsx";

export function DepartmentsPage() {
  return <DepartmentsTable />;
}
