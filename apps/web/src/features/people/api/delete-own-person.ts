import { deleteOwnPerson as deleteOwnPersonRoute } from "@jiuye/contract/people-own";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import { ownPersonQueryKey } from "./get-own-person.ts";

/** Deletes one's own record; only anonymised figures for statistics remain. */
export function deleteOwnPerson() {
  return callApi(deleteOwnPersonRoute);
}

export function useDeleteOwnPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteOwnPerson,
    onSuccess: () => queryClient.setQueryData(ownPersonQueryKey, { person: null }),
  });
}
