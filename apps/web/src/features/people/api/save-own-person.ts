import { createOwnPerson, updateOwnPerson } from "@jiuye/contract/people-own";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";
import { ownPersonQueryKey } from "./get-own-person.ts";

export type OwnRegistration = CallOptions<typeof createOwnPerson>["body"];
export type OwnChange = CallOptions<typeof updateOwnPerson>["body"];

/** Registers oneself (with consent), or changes one's record, including whether to be recommended. */
export function saveOwnPerson(input: { register: OwnRegistration } | { change: OwnChange }) {
  return "register" in input
    ? callApi(createOwnPerson, { body: input.register })
    : callApi(updateOwnPerson, { body: input.change });
}

export function useSaveOwnPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOwnPerson,
    onSuccess: ({ person }) => queryClient.setQueryData(ownPersonQueryKey, { person }),
  });
}
