import { createOrganisation as createOrganisationRoute } from "@jiuye/contract/organisations";
import type { RouteBody } from "@jiuye/contract/route";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type CreateOrganisationInput = RouteBody<typeof createOrganisationRoute>;

/** Registers an employer or agency with its 统一社会信用代码. */
export function createOrganisation(body: CreateOrganisationInput) {
  return callApi(createOrganisationRoute, { body });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["organisations"] }),
  });
}
