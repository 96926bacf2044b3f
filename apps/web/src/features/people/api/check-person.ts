import { checkPerson as checkPersonRoute } from "@jiuye/contract/people-follow-up";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";
import { personChanged } from "./get-person.ts";

export type CheckInput = CallOptions<typeof checkPersonRoute>["body"];
export type CheckAction = CheckInput["action"];

/** One data-check step: a township checks an entry, a county verifies a sampled one, either returns one. */
export function checkPerson({ id, ...body }: CheckInput & { id: string }) {
  return callApi(checkPersonRoute, { params: { id }, body });
}

export function useCheckPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkPerson,
    onSuccess: ({ person }) => personChanged(queryClient, person),
  });
}
