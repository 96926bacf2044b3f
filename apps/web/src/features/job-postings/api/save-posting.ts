import { createPosting, updatePosting } from "@jiuye/contract/job-postings";
import type { RouteBody } from "@jiuye/contract/route";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type PostingInput = RouteBody<typeof createPosting>;

/** Creates a draft (staff name the employer), or edits a draft or a posting awaiting review. */
export function savePosting({ id, input }: { id: string | null; input: PostingInput }) {
  if (id === null) return callApi(createPosting, { body: input });
  const { employerId: _employer, ...fields } = input;
  return callApi(updatePosting, { params: { id }, body: fields });
}

export function useSavePosting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePosting,
    onSuccess: ({ posting }) => {
      queryClient.setQueryData(["postings", "one", posting.id], posting);
      return queryClient.invalidateQueries({ queryKey: ["postings", "managed"] });
    },
  });
}
