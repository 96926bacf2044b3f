import { register as registerRoute } from "@jiuye/contract/auth";
import type { RouteBody } from "@jiuye/contract/route";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import { sessionQueryKey } from "./get-session.ts";

export type RegisterInput = RouteBody<typeof registerRoute>;

/** Registers a job seeker, or an employer with its organisation; the answer is the new session. */
export function register(body: RegisterInput) {
  return callApi(registerRoute, { body });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}
