import { withdrawApplication as withdrawRoute } from "@jiuye/contract/applications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import { ownApplicationsChanged } from "./get-own-applications.ts";

/** Withdraws one's own application; the employer no longer sees one's phone number. */
export function withdrawApplication(id: string) {
  return callApi(withdrawRoute, { params: { id } });
}

export function useWithdrawApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawApplication,
    onSuccess: () => ownApplicationsChanged(queryClient),
  });
}
