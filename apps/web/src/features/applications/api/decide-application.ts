import { decideApplication as decideRoute } from "@jiuye/contract/applications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";
import { receivedApplicationsChanged } from "./get-received-applications.ts";

export type Decision = CallOptions<typeof decideRoute>["body"];
export type DecisionStatus = Decision["status"];

/** Moves an application on (interview, offer, hired, rejected); the seeker is told, a hire is recorded. */
export function decideApplication({ id, ...body }: Decision & { id: string }) {
  return callApi(decideRoute, { params: { id }, body });
}

export function useDecideApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideApplication,
    onSuccess: ({ application }) =>
      Promise.all([
        receivedApplicationsChanged(queryClient),
        // A hire changes the person's employment status in the registry.
        application.status === "hired"
          ? queryClient.invalidateQueries({ queryKey: ["people"] })
          : Promise.resolve(),
      ]),
  });
}
