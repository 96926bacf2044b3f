import { verifyOrganisation as verifyOrganisationRoute } from "@jiuye/contract/organisations";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** Marks an employer as checked against the business register. */
export function verifyOrganisation(id: string) {
  return callApi(verifyOrganisationRoute, { params: { id } });
}

export function useVerifyOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["organisations"] }),
  });
}
