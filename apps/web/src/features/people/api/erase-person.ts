import { erasePerson as erasePersonRoute } from "@jiuye/contract/people";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import { personErased } from "./get-person.ts";

/** Deletes a person's record at their request, with the reason; only anonymised figures remain. */
export function erasePerson({ id, reason }: { id: string; reason: string }) {
  return callApi(erasePersonRoute, { params: { id }, body: { reason } });
}

export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: erasePerson,
    onSuccess: (_, { id }) => personErased(queryClient, id),
  });
}
