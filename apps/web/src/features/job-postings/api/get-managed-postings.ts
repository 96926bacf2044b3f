import { listMyPostings, type Posting } from "@jiuye/contract/job-postings";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type PostingStatus = Posting["status"];

/** One page of the postings the caller manages: an employer's own, or those of a staff member's jurisdiction. */
export function getManagedPostings(status: PostingStatus | undefined, cursor?: string) {
  return callApi(listMyPostings, { query: { status, cursor, limit: 50 } });
}

export function getManagedPostingsQueryOptions(status: PostingStatus | undefined) {
  return infiniteQueryOptions({
    queryKey: ["postings", "managed", status ?? null],
    queryFn: ({ pageParam }) => getManagedPostings(status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useManagedPostings(status: PostingStatus | undefined) {
  return useInfiniteQuery(getManagedPostingsQueryOptions(status));
}
