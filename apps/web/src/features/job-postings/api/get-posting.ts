import { getPosting as getPostingRoute, type Posting } from "@jiuye/contract/job-postings";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, callApi } from "../../../lib/api-client.ts";

/** One posting in full (status, findings, history, sources), as its employer and the reviewing offices see it. */
export async function getManagedPosting(id: string): Promise<Posting> {
  const { posting } = await callApi(getPostingRoute, { params: { id } });
  if (!("status" in posting))
    throw new ApiError(403, "AUTH_FORBIDDEN", "Only the public view of this posting");
  return posting;
}

export function getManagedPostingQueryOptions(id: string) {
  return queryOptions({ queryKey: ["postings", "one", id], queryFn: () => getManagedPosting(id) });
}

export function useManagedPosting(id: string | null, placeholder?: Posting) {
  return useQuery({
    ...getManagedPostingQueryOptions(id ?? ""),
    enabled: id !== null,
    placeholderData: placeholder,
  });
}
