import { startImport as startImportRoute } from "@jiuye/contract/job-intake";
import { useMutation } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export interface ImportRequest {
  file: File;
  dryRun: boolean;
  source?: string;
}

/** Uploads a file of postings; the rows are checked (and, unless a dry run, imported) in the background. */
export function startImport({ file, dryRun, source }: ImportRequest) {
  const format = file.name.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
  return callApi(startImportRoute, {
    query: { format, fileName: file.name.slice(0, 200), dryRun: dryRun ? "true" : "false", source },
    body: file,
  });
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}
