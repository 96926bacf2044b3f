import { revealPerson as revealPersonRoute } from "@jiuye/contract/people";
import { useMutation } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type RevealInput = CallOptions<typeof revealPersonRoute>["body"];

/**
 * Masked numbers in full, for a stated reason; the server audits it. The answer is kept only by
 * the component that asked, never in the query cache.
 */
export function revealPerson({ id, ...body }: RevealInput & { id: string }) {
  return callApi(revealPersonRoute, { params: { id }, body });
}

export function useRevealPerson() {
  return useMutation({ mutationFn: revealPerson, gcTime: 0 });
}
