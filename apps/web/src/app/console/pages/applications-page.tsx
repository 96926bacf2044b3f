import { APPLICATION_STATUSES } from "@jiuye/contract/applications";
import { useSearchParams } from "react-router";
import { EmployerApplications } from "../../../features/applications/components/employer-applications.tsx";

/** 应聘管理: an employer's applications across its postings, filtered by status (kept in the address). */
export function ApplicationsPage() {
  const [params, setParams] = useSearchParams();
  const status = APPLICATION_STATUSES.find((known) => known === params.get("status"));
  return (
    <EmployerApplications
      status={status}
      onStatusChange={(next) => setParams(next ? { status: next } : {}, { replace: true })}
    />
  );
}
