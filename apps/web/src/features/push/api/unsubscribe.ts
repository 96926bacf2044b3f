import { unsubscribePush } from "@jiuye/contract/push";
import { useMutation } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

/** Turns pushes off with the signed token of a message's link; no login needed. */
export function unsubscribe(token: string) {
  return callApi(unsubscribePush, { body: { token } });
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: unsubscribe });
}
