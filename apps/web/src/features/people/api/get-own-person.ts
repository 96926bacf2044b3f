import { getOwnPerson as getOwnPersonRoute } from "@jiuye/contract/people-own";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export const ownPersonQueryKey = ["people", "own"] as const;

/** The signed-in job seeker's own registry record (masked), or null when they have not registered. */
export function getOwnPerson() {
  return callApi(getOwnPersonRoute);
}

export function getOwnPersonQueryOptions() {
  return queryOptions({ queryKey: ownPersonQueryKey, queryFn: getOwnPerson });
}

export function useOwnPerson(enabled = true) {
  return useQuery({ ...getOwnPersonQueryOptions(), enabled });
}
