import { drawSample as drawSampleRoute } from "@jiuye/contract/people-follow-up";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CallOptions, callApi } from "../../../lib/api-client.ts";

export type SampleRequest = CallOptions<typeof drawSampleRoute>["body"];

/** A county draws its share of township-checked records for verification, once per period. */
export function drawSample(body: SampleRequest) {
  return callApi(drawSampleRoute, { body });
}

export function useDrawSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: drawSample,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["people"] }),
  });
}
