import { DeleteOutlined, DownloadOutlined, EditOutlined } from "@ant-design/icons";
import type { Person } from "@jiuye/contract/people";
import { exportOwnPerson } from "@jiuye/contract/people-own";
import { buildPath } from "@jiuye/contract/route";
import { Alert, App, Button, Flex, Modal, Space, Switch, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDeleteOwnPerson } from "../api/delete-own-person.ts";
import { useSaveOwnPerson } from "../api/save-own-person.ts";
import { PersonDescriptions } from "./person-descriptions.tsx";
import { ContactList, StatusHistory } from "./person-detail.tsx";
import { changesOf, formValuesOf } from "./person-form-values.ts";
import { CheckStageTag } from "./status-tags.tsx";

interface OwnRecordProps {
  person: Person;
  /** Opens the form to change the record. */
  onEdit: () => void;
}

/** A job seeker's own record: masked as the server shows it, to change, export or delete. */
export function OwnRecord({ person, onEdit }: OwnRecordProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useDeleteOwnPerson();
  const save = useSaveOwnPerson();
  const [deleting, setDeleting] = useState(false);
  const exportHref = (format: "json" | "xlsx") => `${buildPath(exportOwnPerson.path)}?format=${format}`;

  return (
    <>
      <section className="panel" aria-labelledby="record-title">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <h2 id="record-title" style={{ margin: 0 }}>
            {t("myRecord.recordTitle")}
          </h2>
          <Button icon={<EditOutlined />} onClick={() => onEdit()}>
            {t("myRecord.edit")}
          </Button>
        </Flex>
        <p>
          {t("myRecord.checkStage")}：<CheckStageTag stage={person.checkStage} />
        </p>
        <PersonDescriptions person={person} column={1} />
      </section>

      <section className="panel" aria-labelledby="recommend-title">
        <Flex justify="space-between" align="center" gap={12}>
          <h2 id="recommend-title" style={{ margin: 0 }}>
            {t("people.recommendable")}
          </h2>
          <Switch
            checked={person.recommendable}
            aria-labelledby="recommend-title"
            checkedChildren={t("people.yes")}
            unCheckedChildren={t("people.no")}
            loading={save.isPending}
            // The numbers are left out of the change: the server keeps them as stored.
            onChange={(next) =>
              save.mutate(
                { change: { ...changesOf(formValuesOf(person)), recommendable: next } },
                { onError: (cause) => void message.error(cause.message) },
              )
            }
          />
        </Flex>
        <p style={{ marginBottom: 0 }}>{t("myRecord.recommendHelp")}</p>
      </section>

      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">{t("myRecord.history")}</h2>
        <StatusHistory person={person} />
        <h2>{t("myRecord.contacts")}</h2>
        <ContactList person={person} emptyText={t("myRecord.noContacts")} />
      </section>

      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{t("myRecord.exportTitle")}</h2>
        <p>{t("myRecord.exportText")}</p>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={exportHref("json")} download>
            {t("myRecord.exportJson")}
          </Button>
          <Button icon={<DownloadOutlined />} href={exportHref("xlsx")} download>
            {t("myRecord.exportXlsx")}
          </Button>
        </Space>
      </section>

      <section className="panel" aria-labelledby="delete-title">
        <h2 id="delete-title">{t("myRecord.deleteTitle")}</h2>
        <p>{t("myRecord.deleteText")}</p>
        <Button danger icon={<DeleteOutlined />} onClick={() => setDeleting(true)}>
          {t("myRecord.delete")}
        </Button>
      </section>

      <Modal
        title={t("myRecord.deleteConfirmTitle")}
        open={deleting}
        onCancel={() => setDeleting(false)}
        okText={t("myRecord.deleteOk")}
        okButtonProps={{ danger: true }}
        confirmLoading={remove.isPending}
        onOk={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setDeleting(false);
              void message.success(t("myRecord.deleted"));
            },
          })
        }
      >
        {remove.isError && (
          <Alert type="error" showIcon title={remove.error.message} style={{ marginBottom: 12 }} />
        )}
        <Typography.Paragraph>{t("myRecord.deleteErased")}</Typography.Paragraph>
        <Typography.Paragraph>{t("myRecord.deleteKept")}</Typography.Paragraph>
      </Modal>
    </>
  );
}
