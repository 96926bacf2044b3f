import { useState } from "react";
import type { AuditFilters as Filters } from "../../../features/audit/api/get-audit.ts";
import { AuditFilters } from "../../../features/audit/components/audit-filters.tsx";
import { AuditTable } from "../../../features/audit/components/audit-table.tsx";

/** The audit log, filterable, newest first. */
export function AuditPage() {
  const [filters, setFilters] = useState<Filters>({});
  return (
    <>
      <AuditFilters onChange={setFilters} />
      <AuditTable filters={filters} />
    </>
  );
}
