import { listOwnMatches } from "@jiuye/contract/matching";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** The published postings that fit one's own registry record best, each with its score and why. */
export async function getOwnMatches() {
  return (await callApi(listOwnMatches, { query: { limit: 20 } })).items;
}

export function getOwnMatchesQueryOptions() {
  return queryOptions({ queryKey: ["matching", "own"], queryFn: getOwnMatches, staleTime: 5 * 60_000 });
}

export function useOwnMatches(enabled = true) {
  return useQuery({ ...getOwnMatchesQueryOptions(), enabled });
}
