import { transitionPosting as transitionRoute } from "@jiuye/contract/job-postings";
import type { RouteBody } from "@jiuye/contract/route";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type TransitionInput = RouteBody<typeof transitionRoute>;
export type PostingAction = TransitionInput["action"];

/** Moves a posting: submit, approve, send back, fill, withdraw. */
export function transitionPosting({ id, ...body }: TransitionInput & { id: string }) {
  return callApi(transitionRoute, { params: { id }, body });
}

export function useTransitionPosting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionPosting,
    onSuccess: ({ posting }) => {
      queryClient.setQueryData(["postings", "one", posting.id], posting);
      void queryClient.invalidateQueries({ queryKey: ["job-search"] });
      return queryClient.invalidateQueries({ queryKey: ["postings", "managed"] });
    },
  });
}
