import type { RouteResponse } from "@jiuye/contract/route";
import {
  acknowledgeWageAlert,
  closeWageAlert,
  disposeWageAlert,
  evaluateProjectNow,
  getWageAlert,
  listWageAlerts,
  wageAlertRates,
} from "@jiuye/contract/wages";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type AlertFilters = NonNullable<CallOptions<typeof listWageAlerts>["query"]>;
export type WageAlertItem = RouteResponse<typeof listWageAlerts>["items"][number];
export type RateQuery = NonNullable<CallOptions<typeof wageAlertRates>["query"]>;

/** The caller's alert inbox. */
export function useWageAlerts(filters: AlertFilters) {
  return useQuery({
    queryKey: ["wages", "alerts", filters],
    queryFn: () => callApi(listWageAlerts, { query: filters }),
    placeholderData: keepPreviousData,
  });
}

/** One alert with its history. */
export function useWageAlert(id: string | null) {
  return useQuery({
    queryKey: ["wages", "alert", id],
    queryFn: () => callApi(getWageAlert, { params: { id: id ?? "" } }),
    enabled: id !== null,
  });
}

export function useWageRates(query: RateQuery) {
  return useQuery({ queryKey: ["wages", "rates", query], queryFn: () => callApi(wageAlertRates, { query }) });
}

export type AlertAction =
  | { action: "acknowledge"; id: string; note?: string }
  | { action: "dispose"; id: string; measures: string; evidence: string[] }
  | { action: "close"; id: string; note?: string };

/** Acknowledges, disposes or closes an alert; lists, the alert and projects refresh. */
export function moveWageAlert(move: AlertAction) {
  if (move.action === "dispose")
    return callApi(disposeWageAlert, {
      params: { id: move.id },
      body: { measures: move.measures, evidence: move.evidence },
    });
  const route = move.action === "acknowledge" ? acknowledgeWageAlert : closeWageAlert;
  return callApi(route, { params: { id: move.id }, body: move.note ? { note: move.note } : {} });
}

export function useMoveWageAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveWageAlert,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["wages"] }),
  });
}

/** Evaluates one project now (the daily run does all of them). */
export function useEvaluateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(evaluateProjectNow, { params: { id }, body: {} }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["wages"] }),
  });
}
