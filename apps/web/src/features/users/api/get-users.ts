import type { Role } from "@jiuye/contract/route";
import { listUsers } from "@jiuye/contract/users";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** One page of the accounts within the administrator's jurisdiction. */
export function getUsersPage(role: Role | undefined, cursor?: string) {
  return callApi(listUsers, { query: { role, cursor, limit: 50 } });
}

export function getUsersQueryOptions(role: Role | undefined) {
  return infiniteQueryOptions({
    queryKey: ["users", { role }],
    queryFn: ({ pageParam }) => getUsersPage(role, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useUsers(role: Role | undefined) {
  return useInfiniteQuery(getUsersQueryOptions(role));
}
