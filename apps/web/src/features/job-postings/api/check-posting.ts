import { checkPosting as checkRoute } from "@jiuye/contract/job-intake";
import type { RouteBody } from "@jiuye/contract/route";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type CheckInput = RouteBody<typeof checkRoute>;

/** The law check of a posting as written so far, without saving it. */
export function checkPosting(body: CheckInput) {
  return callApi(checkRoute, { body });
}

export function checkPostingQueryOptions(body: CheckInput) {
  return queryOptions({
    queryKey: ["postings", "check", body],
    queryFn: () => checkPosting(body),
    staleTime: 5 * 60_000,
  });
}

/** Checks `body` (already debounced by the caller); null waits for enough text to check. */
export function useCheckPosting(body: CheckInput | null) {
  return useQuery({
    ...checkPostingQueryOptions(body ?? { title: "", description: "" }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
  });
}
