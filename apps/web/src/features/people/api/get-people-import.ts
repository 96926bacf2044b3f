import { getPeopleImport as getPeopleImportRoute } from "@jiuye/contract/people-follow-up";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** A people import's progress, its counts and its bad rows. */
export function getPeopleImport(id: string) {
  return callApi(getPeopleImportRoute, { params: { id } });
}

export function getPeopleImportQueryOptions(id: string) {
  return queryOptions({ queryKey: ["people-imports", id], queryFn: () => getPeopleImport(id), staleTime: 0 });
}

/** Asks again every second until the import is done or has failed. */
export function usePeopleImport(id: string) {
  return useQuery({
    ...getPeopleImportQueryOptions(id),
    refetchInterval: (query) => {
      const status = query.state.data?.import.status;
      return status === "done" || status === "failed" ? false : 1000;
    },
  });
}
