import { getDashboard as getDashboardRoute } from "@jiuye/contract/dashboard";
import type { RouteResponse } from "@jiuye/contract/route";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** Figures for the console landing page, within the caller's jurisdiction. */
export function getDashboard() {
  return callApi(getDashboardRoute);
}

export function getDashboardQueryOptions() {
  return queryOptions({ queryKey: ["dashboard"], queryFn: getDashboard });
}

export function useDashboard() {
  return useQuery(getDashboardQueryOptions());
}

export type Dashboard = RouteResponse<typeof getDashboardRoute>;
