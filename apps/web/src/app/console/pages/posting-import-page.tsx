import { ReloadOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ImportProgress } from "../../../features/job-intake/components/import-progress.tsx";
import { ImportUploadForm } from "../../../features/job-intake/components/import-upload-form.tsx";

/** 批量导入: a file of postings, checked (as a dry run) or imported, with the progress and every bad row. */
export function PostingImportPage() {
  const { t } = useTranslation();
  const [importId, setImportId] = useState<string | null>(null);
  if (importId === null) return <ImportUploadForm onStarted={setImportId} />;
  return (
    <Flex vertical gap={16}>
      <ImportProgress importId={importId} />
      <div>
        <Button icon={<ReloadOutlined />} onClick={() => setImportId(null)}>
          {t("fileImport.again")}
        </Button>
      </div>
    </Flex>
  );
}
