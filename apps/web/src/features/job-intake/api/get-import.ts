import { getImport as getImportRoute } from "@jiuye/contract/job-intake";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** An import's progress, its outcome counts and its bad rows. */
export function getImport(id: string) {
  return callApi(getImportRoute, { params: { id } });
}

export function getImportQueryOptions(id: string) {
  return queryOptions({ queryKey: ["imports", id], queryFn: () => getImport(id), staleTime: 0 });
}

/** Asks again every second until the import is done or has failed. */
export function useImport(id: string | null) {
  return useQuery({
    ...getImportQueryOptions(id ?? ""),
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.import.status;
      return status === "done" || status === "failed" ? false : 1000;
    },
  });
}
