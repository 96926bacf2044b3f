import { EMPLOYMENT_STATUSES, type Person } from "@jiuye/contract/people";
import { App, DatePicker, Form, Input, Select, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/form-dialog.tsx";
import { useChangeStatus } from "../api/change-status.ts";
import { type CheckAction, useCheckPerson } from "../api/check-person.ts";
import { useErasePerson } from "../api/erase-person.ts";
import { dateField } from "./person-fields.tsx";

interface PersonDialogProps {
  person: Person;
  open: boolean;
  onClose: () => void;
}

/** Records a change of employment status, from a date, with a note. */
export function StatusDialog({ person, open, onClose }: PersonDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useChangeStatus();
  return (
    <FormDialog<{ status: Person["status"]; since?: string | null; note?: string }>
      title={t("peopleConsole.statusTitle", { name: person.name })}
      open={open}
      okText={t("common.submit")}
      busy={change.isPending}
      onClose={onClose}
      initialValues={{ status: person.status }}
      onSubmit={async ({ status, since, note }) => {
        await change.mutateAsync({
          id: person.id,
          status,
          since: since ?? undefined,
          note: note?.trim() || null,
        });
        void message.success(t("peopleConsole.statusSaved"));
      }}
    >
      <Form.Item name="status" label={t("people.status")} rules={[{ required: true }]}>
        <Select options={EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: t(`people.statuses.${s}`) }))} />
      </Form.Item>
      <Form.Item name="since" label={t("personForm.since")} extra={t("personForm.sinceHelp")} {...dateField}>
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), "day")} />
      </Form.Item>
      <Form.Item name="note" label={t("peopleConsole.note")} rules={[{ max: 500 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}

/** One data-check step: check (township), verify (county), or return with the reason. */
export function CheckDialog({
  person,
  action,
  onClose,
}: Omit<PersonDialogProps, "open"> & { action: CheckAction | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const check = useCheckPerson();
  return (
    <FormDialog<{ note?: string }>
      title={t("peopleConsole.checkTitle", { name: person.name })}
      open={action !== null}
      okText={action ? t(`peopleConsole.${action}`) : ""}
      danger={action === "return"}
      busy={check.isPending}
      onClose={onClose}
      onSubmit={async ({ note }) => {
        if (!action) return;
        await check.mutateAsync({ id: person.id, action, note: note?.trim() || null });
        void message.success(t("peopleConsole.checkSaved"));
      }}
    >
      <Form.Item
        name="note"
        label={t("peopleConsole.checkNote")}
        rules={[
          ...(action === "return"
            ? [{ required: true, whitespace: true, message: t("peopleConsole.returnNoteRequired") }]
            : []),
          { max: 500 },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
      </Form.Item>
    </FormDialog>
  );
}

/** Deletes a record at the person's request, saying what is erased and what stays for statistics. */
export function EraseDialog({
  person,
  open,
  onClose,
  onErased,
}: PersonDialogProps & { onErased: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const erase = useErasePerson();
  return (
    <FormDialog<{ reason: string }>
      title={t("peopleConsole.eraseTitle", { name: person.name })}
      open={open}
      okText={t("peopleConsole.erase")}
      danger
      busy={erase.isPending}
      onClose={onClose}
      onSubmit={async ({ reason }) => {
        await erase.mutateAsync({ id: person.id, reason: reason.trim() });
        void message.success(t("peopleConsole.erased"));
        onErased();
      }}
    >
      <Typography.Paragraph>{t("peopleConsole.eraseText")}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t("peopleConsole.eraseReason")}
        rules={[
          { required: true, whitespace: true },
          { min: 2, max: 200 },
        ]}
      >
        <Input placeholder={t("peopleConsole.eraseReasonPlaceholder")} maxLength={200} />
      </Form.Item>
    </FormDialog>
  );
}
