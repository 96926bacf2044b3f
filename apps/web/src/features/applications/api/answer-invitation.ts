import { acceptInvitation, declineInvitation } from "@jiuye/contract/applications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";
import { ownApplicationsQueryKey } from "./get-own-applications.ts";
import { ownInvitationsQueryKey } from "./get-own-invitations.ts";

export type InvitationAnswer = "accepted" | "declined";

/** Accepts an invitation (it becomes an application, and the employer may see one's phone) or declines it. */
export function answerInvitation({ id, answer }: { id: string; answer: InvitationAnswer }) {
  return answer === "accepted"
    ? callApi(acceptInvitation, { params: { id } })
    : callApi(declineInvitation, { params: { id } });
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerInvitation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ownInvitationsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ownApplicationsQueryKey }),
      ]),
  });
}
