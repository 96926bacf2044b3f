import { getPushSettings, type PushSettings, savePushSettings } from "@jiuye/contract/push";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

const pushSettingsQueryKey = ["push-settings"] as const;

/** One's own push settings (the defaults until changed). */
export function getOwnPushSettings() {
  return callApi(getPushSettings);
}

export function getPushSettingsQueryOptions() {
  return queryOptions({ queryKey: pushSettingsQueryKey, queryFn: getOwnPushSettings });
}

export function usePushSettings() {
  return useQuery(getPushSettingsQueryOptions());
}

export function useSavePushSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: PushSettings) => callApi(savePushSettings, { body: settings }),
    onSuccess: (answer) => queryClient.setQueryData(pushSettingsQueryKey, answer),
  });
}
