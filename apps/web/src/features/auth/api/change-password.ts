import { changePassword as changePasswordRoute } from "@jiuye/contract/auth";
import type { RouteBody } from "@jiuye/contract/route";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import { sessionQueryKey } from "./get-session.ts";

export type ChangePasswordInput = RouteBody<typeof changePasswordRoute>;

/** Changes the signed-in user's own password. */
export function changePassword(body: ChangePasswordInput) {
  return callApi(changePasswordRoute, { body });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
