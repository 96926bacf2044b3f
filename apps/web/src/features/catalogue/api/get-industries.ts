import { listIndustries } from "@jiuye/contract/catalogue";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** GB/T 4754 sections and divisions. */
export function getIndustries() {
  return callApi(listIndustries);
}

export function getIndustriesQueryOptions() {
  return queryOptions({
    queryKey: ["industries"],
    queryFn: getIndustries,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useIndustries() {
  return useQuery(getIndustriesQueryOptions());
}
