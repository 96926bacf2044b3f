import { startPeopleImport as startRoute } from "@jiuye/contract/people-follow-up";
import { useMutation } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export interface PeopleImportRequest {
  file: File;
  dryRun: boolean;
  /** Who collected these people's consent, and for what: recorded once for the whole file. */
  consentCollectedBy: string;
  consentPurpose: string;
}

/** Uploads a file of people; the rows are checked (and, unless a dry run, registered) in the background. */
export function startPeopleImport({ file, dryRun, consentCollectedBy, consentPurpose }: PeopleImportRequest) {
  const format = file.name.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
  return callApi(startRoute, {
    query: {
      format,
      fileName: file.name.slice(0, 200),
      dryRun: dryRun ? "true" : "false",
      consentCollectedBy,
      consentPurpose,
    },
    body: file,
  });
}

export function useStartPeopleImport() {
  return useMutation({ mutationFn: startPeopleImport });
}
