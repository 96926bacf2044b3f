import type { RouteResponse } from "@jiuye/contract/route";
import { getProject, listProjects } from "@jiuye/contract/wage-projects";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type ProjectFilters = NonNullable<CallOptions<typeof listProjects>["query"]>;
export type WageProject = RouteResponse<typeof listProjects>["items"][number];
export type WageProjectDetail = RouteResponse<typeof getProject>["project"];

/** Projects within the caller's reach, worst light first. */
export function getWageProjects(filters: ProjectFilters) {
  return callApi(listProjects, { query: filters });
}

export function useWageProjects(filters: ProjectFilters) {
  return useQuery({
    queryKey: ["wages", "projects", filters],
    queryFn: () => getWageProjects(filters),
    placeholderData: keepPreviousData,
  });
}

export function getWageProjectQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["wages", "project", id],
    queryFn: async () => (await callApi(getProject, { params: { id } })).project,
  });
}

export function useWageProject(id: string | null) {
  return useQuery({ ...getWageProjectQueryOptions(id ?? ""), enabled: id !== null });
}
