import type { RouteResponse } from "@jiuye/contract/route";
import {
  clearCalendarDay,
  listWageParameters,
  listWorkingCalendar,
  setCalendarDay,
  setWageParameters,
} from "@jiuye/contract/wage-settings";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type ParameterRow = RouteResponse<typeof listWageParameters>["items"][number];
export type ParametersInput = CallOptions<typeof setWageParameters>["body"];
export type CalendarDay = RouteResponse<typeof listWorkingCalendar>["items"][number];

export function useWageParameters() {
  return useQuery({ queryKey: ["wages", "parameters"], queryFn: () => callApi(listWageParameters) });
}

export function useSetWageParameters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParametersInput) => callApi(setWageParameters, { body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["wages", "parameters"] }),
  });
}

export function useWorkingCalendar(year: number) {
  return useQuery({
    queryKey: ["wages", "calendar", year],
    queryFn: () => callApi(listWorkingCalendar, { query: { year } }),
  });
}

/** Marks a day a holiday or a working day, or (kind null) returns it to the Monday–Friday rule. */
export function useSetCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: { day: string; kind: CalendarDay["kind"] | null; name?: string | null }) => {
      const { day, kind, name } = change;
      if (kind === null) await callApi(clearCalendarDay, { params: { day } });
      else await callApi(setCalendarDay, { params: { day }, body: { kind, name: name ?? null } });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["wages", "calendar"] }),
  });
}
