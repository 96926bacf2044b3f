import { createPerson as createPersonRoute } from "@jiuye/contract/people";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";
import { personChanged } from "./get-person.ts";

export type PersonRegistration = CallOptions<typeof createPersonRoute>["body"];

/** Staff register a person who agreed to it, with the purpose and the person's own statement of consent. */
export function createPerson(body: PersonRegistration) {
  return callApi(createPersonRoute, { body });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: ({ person }) => personChanged(queryClient, person),
  });
}
