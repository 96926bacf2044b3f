import { listPostingCandidates } from "@jiuye/contract/matching";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** People who chose to be recommended and fit a published posting best, masked; the read is audited. */
export async function getPostingCandidates(postingId: string) {
  return (await callApi(listPostingCandidates, { params: { id: postingId }, query: { limit: 20 } })).items;
}

export function getPostingCandidatesQueryOptions(postingId: string) {
  return queryOptions({
    queryKey: ["matching", "candidates", postingId],
    queryFn: () => getPostingCandidates(postingId),
    staleTime: 5 * 60_000,
  });
}

export function usePostingCandidates(postingId: string, enabled = true) {
  return useQuery({ ...getPostingCandidatesQueryOptions(postingId), enabled });
}
