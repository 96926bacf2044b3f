import { listHardshipCategories } from "@jiuye/contract/people";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** The 就业困难人员 categories that apply in a region (its own and its ancestors'). */
export function getHardshipCategories(region: string) {
  return callApi(listHardshipCategories, { query: { region } });
}

export function getHardshipCategoriesQueryOptions(region: string) {
  return queryOptions({
    queryKey: ["hardship-categories", region],
    queryFn: () => getHardshipCategories(region),
    staleTime: 30 * 60_000,
  });
}

export function useHardshipCategories(region: string | undefined) {
  return useQuery({ ...getHardshipCategoriesQueryOptions(region ?? ""), enabled: Boolean(region) });
}
