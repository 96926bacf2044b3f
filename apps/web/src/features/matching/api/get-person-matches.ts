import { listPersonMatches } from "@jiuye/contract/matching";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** The published postings that fit a person best, for the offices of their region; the read is audited. */
export async function getPersonMatches(personId: string) {
  return (await callApi(listPersonMatches, { params: { id: personId }, query: { limit: 20 } })).items;
}

export function getPersonMatchesQueryOptions(personId: string) {
  return queryOptions({
    queryKey: ["matching", "person", personId],
    queryFn: () => getPersonMatches(personId),
    staleTime: 5 * 60_000,
  });
}

export function usePersonMatches(personId: string) {
  return useQuery(getPersonMatchesQueryOptions(personId));
}
