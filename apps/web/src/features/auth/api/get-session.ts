import { getSession as getSessionRoute } from "@jiuye/contract/auth";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export const sessionQueryKey = ["session"] as const;

/** The signed-in user (or null) and the CSRF token for this session. */
export function getSession() {
  return callApi(getSessionRoute);
}

export function getSessionQueryOptions() {
  return queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 5 * 60_000 });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}
