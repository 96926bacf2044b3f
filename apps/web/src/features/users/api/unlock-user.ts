import { unlockUser as unlockUserRoute } from "@jiuye/contract/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** Lifts a login lockout. */
export function unlockUser(id: string) {
  return callApi(unlockUserRoute, { params: { id } });
}

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["users"] }),
  });
}
