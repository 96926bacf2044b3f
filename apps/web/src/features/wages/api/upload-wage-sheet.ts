import { uploadFacts, type WAGE_UPLOAD_KINDS } from "@jiuye/contract/wage-projects";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../../lib/api-client.ts";

export type WageUploadKind = (typeof WAGE_UPLOAD_KINDS)[number];

export interface WageSheetUpload {
  projectId: string;
  kind: WageUploadKind;
  file: File;
  dryRun: boolean;
}

/** Uploads a roster, attendance, payroll or allocation sheet of a project; the answer lists every bad row. */
export function uploadWageSheet({ projectId, kind, file, dryRun }: WageSheetUpload) {
  const format = file.name.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
  return callApi(uploadFacts, {
    params: { id: projectId, kind },
    query: { format, dryRun: dryRun ? "true" : "false" },
    body: file,
  });
}

export function useUploadWageSheet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadWageSheet,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["wages"] }),
  });
}
