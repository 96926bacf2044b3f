import { getRegion as getRegionRoute } from "@jiuye/contract/regions";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** One region with its ancestors, top level first. */
export function getRegion(code: string) {
  return callApi(getRegionRoute, { params: { code } });
}

export function getRegionQueryOptions(code: string) {
  return queryOptions({
    queryKey: ["regions", "one", code],
    queryFn: () => getRegion(code),
    staleTime: 10 * 60_000,
  });
}

export function useRegion(code: string | null) {
  return useQuery({ ...getRegionQueryOptions(code ?? ""), enabled: code !== null });
}
