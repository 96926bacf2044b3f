import {
  type APPLICATION_STATUSES,
  listEmployerApplications,
  listPostingApplications,
} from "@jiuye/contract/applications";
import {
  infiniteQueryOptions,
  keepPreviousData,
  type QueryClient,
  useInfiniteQuery,
} from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const receivedKey = ["applications", "received"] as const;

/** One page of the applications to a posting, with the applicants' phone numbers; reading them is audited. */
export function getPostingApplications(postingId: string, status?: ApplicationStatus, cursor?: string) {
  return callApi(listPostingApplications, {
    params: { id: postingId },
    query: { status, cursor, limit: 50 },
  });
}

export function getPostingApplicationsQueryOptions(postingId: string, status?: ApplicationStatus) {
  return infiniteQueryOptions({
    queryKey: [...receivedKey, "posting", postingId, status ?? null],
    queryFn: ({ pageParam }) => getPostingApplications(postingId, status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function usePostingApplications(postingId: string, status?: ApplicationStatus) {
  return useInfiniteQuery(getPostingApplicationsQueryOptions(postingId, status));
}

/** One page of an employer's inbox: applications to all its postings, with the counts per status. */
export function getEmployerApplications(status?: ApplicationStatus, cursor?: string) {
  return callApi(listEmployerApplications, { query: { status, cursor, limit: 50 } });
}

export function getEmployerApplicationsQueryOptions(status?: ApplicationStatus) {
  return infiniteQueryOptions({
    queryKey: [...receivedKey, "employer", status ?? null],
    queryFn: ({ pageParam }) => getEmployerApplications(status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Keeps the last status's page (and its counts) on screen while another status loads. */
export function useEmployerApplications(status?: ApplicationStatus) {
  return useInfiniteQuery({
    ...getEmployerApplicationsQueryOptions(status),
    placeholderData: keepPreviousData,
  });
}

/** After an application moved on: every list of received applications. */
export function receivedApplicationsChanged(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: receivedKey });
}
