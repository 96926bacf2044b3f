import { createFeedSource as createFeedSourceRoute } from "@jiuye/contract/job-intake";
import type { RouteBody } from "@jiuye/contract/route";
import { useMutation } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type FeedSourceInput = RouteBody<typeof createFeedSourceRoute>;

/** Registers a system that sends postings; the answer holds its token, shown this once. */
export function createFeedSource(body: FeedSourceInput) {
  return callApi(createFeedSourceRoute, { body });
}

export function useCreateFeedSource() {
  return useMutation({ mutationFn: createFeedSource });
}
