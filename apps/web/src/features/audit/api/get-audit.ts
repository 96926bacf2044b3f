import { listAudit } from "@jiuye/contract/audit";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type AuditFilters = Omit<NonNullable<CallOptions<typeof listAudit>["query"]>, "cursor" | "limit">;

/** One page of the audit log, newest first. */
export function getAuditPage(filters: AuditFilters, cursor?: string) {
  return callApi(listAudit, { query: { ...filters, cursor, limit: 50 } });
}

export function getAuditQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam }) => getAuditPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useAudit(filters: AuditFilters) {
  return useInfiniteQuery(getAuditQueryOptions(filters));
}
