import { login as loginRoute } from "@jiuye/contract/auth";
import type { RouteBody } from "@jiuye/contract/route";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import { sessionQueryKey } from "./get-session.ts";

export type LoginInput = RouteBody<typeof loginRoute>;

/** Logs in; the answer is the new session. */
export function login(body: LoginInput) {
  return callApi(loginRoute, { body });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}
