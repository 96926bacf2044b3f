import { getPosting } from "@jiuye/contract/job-postings";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** One posting: its public view, or the full one for its employer and the offices of its region. */
export function getPublicPosting(id: string) {
  return callApi(getPosting, { params: { id } });
}

export function getPublicPostingQueryOptions(id: string) {
  return queryOptions({
    queryKey: ["job-search", "posting", id],
    queryFn: () => getPublicPosting(id),
  });
}

export function usePublicPosting(id: string) {
  return useQuery(getPublicPostingQueryOptions(id));
}
