import { applyToPosting as applyRoute } from "@jiuye/contract/applications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApiWithStatus } from "../../../lib/api-client.ts";
import { ownApplicationsChanged } from "./get-own-applications.ts";

/**
 * Applies in one click with one's registry record. `created` is false when the server answered an
 * application made before (200 rather than 201): already applied, or a withdrawn one submitted again.
 */
export async function applyToPosting({ postingId, note }: { postingId: string; note?: string }) {
  const { status, data } = await callApiWithStatus(applyRoute, {
    params: { id: postingId },
    body: note ? { note } : null,
  });
  return { application: data.application, created: status === applyRoute.successStatus };
}

export function useApplyToPosting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyToPosting,
    onSuccess: () => ownApplicationsChanged(queryClient),
  });
}
