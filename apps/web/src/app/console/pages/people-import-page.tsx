import { ReloadOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  PeopleImportForm,
  PeopleImportProgress,
} from "../../../features/people/components/people-import.tsx";

/** 人员导入: a file of people with the basis of their consent, checked (as a dry run) or registered, with every bad row. */
export function PeopleImportPage() {
  const { t } = useTranslation();
  const [importId, setImportId] = useState<string | null>(null);
  if (importId === null) return <PeopleImportForm onStarted={setImportId} />;
  return (
    <Flex vertical gap={16}>
      <PeopleImportProgress importId={importId} />
      <div>
        <Button icon={<ReloadOutlined />} onClick={() => setImportId(null)}>
          {t("fileImport.again")}
        </Button>
      </div>
    </Flex>
  );
}
