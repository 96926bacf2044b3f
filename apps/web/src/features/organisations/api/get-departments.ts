import { listDepartments } from "@jiuye/contract/organisations";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** The departments (member units of the employment leadership groups). */
export function getDepartments() {
  return callApi(listDepartments);
}

export function getDepartmentsQueryOptions() {
  return queryOptions({ queryKey: ["departments"], queryFn: getDepartments, staleTime: 5 * 60_000 });
}

export function useDepartments() {
  return useQuery(getDepartmentsQueryOptions());
}
