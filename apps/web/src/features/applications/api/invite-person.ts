import { invitePerson as inviteRoute } from "@jiuye/contract/applications";
import { useMutation } from "@tanstack/react-query";
import { callApiWithStatus } from "../../../lib/api-client.ts";

/**
 * Invites a recommended person to apply to a posting. `created` is false when the server answered
 * the invitation sent before (200 rather than 201).
 */
export async function invitePerson({ postingId, personId }: { postingId: string; personId: string }) {
  const { status, data } = await callApiWithStatus(inviteRoute, {
    params: { id: postingId },
    body: { personId },
  });
  return { invitation: data.invitation, created: status === inviteRoute.successStatus };
}

export function useInvitePerson() {
  return useMutation({ mutationFn: invitePerson });
}
