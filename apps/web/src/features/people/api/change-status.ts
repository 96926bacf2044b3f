import { changeStatus as changeStatusRoute } from "@jiuye/contract/people-follow-up";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";
import { personChanged } from "./get-person.ts";

export type StatusChange = CallOptions<typeof changeStatusRoute>["body"];

/** Records a change of employment status; the next follow-up is set by the new status's cadence. */
export function changeStatus({ id, ...body }: StatusChange & { id: string }) {
  return callApi(changeStatusRoute, { params: { id }, body });
}

export function useChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeStatus,
    onSuccess: ({ person }) => personChanged(queryClient, person),
  });
}
