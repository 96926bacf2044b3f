import { recordContact as recordContactRoute } from "@jiuye/contract/people-follow-up";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";
import { personChanged } from "./get-person.ts";

export type ContactInput = CallOptions<typeof recordContactRoute>["body"];

/** Records a follow-up contact (and any change of status); the next follow-up moves on. */
export function recordContact({ id, ...body }: ContactInput & { id: string }) {
  return callApi(recordContactRoute, { params: { id }, body });
}

export function useRecordContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordContact,
    onSuccess: ({ person }) => personChanged(queryClient, person),
  });
}
