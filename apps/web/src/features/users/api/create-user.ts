import type { RouteBody } from "@jiuye/contract/route";
import { createUser as createUserRoute } from "@jiuye/contract/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type CreateUserInput = RouteBody<typeof createUserRoute>;

/** Creates a staff, department, leadership or administrator account. */
export function createUser(body: CreateUserInput) {
  return callApi(createUserRoute, { body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
}
