import {
  CONTACT_CHANNELS,
  EMPLOYMENT_STATUSES,
  OFFER_KINDS,
  type PersonSummary,
} from "@jiuye/contract/people";
import { App, Checkbox, DatePicker, Form, Input, Radio, Select } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/form-dialog.tsx";
import { type ContactInput, useRecordContact } from "../api/record-contact.ts";
import { dateField } from "./person-fields.tsx";

interface ContactValues {
  contactedOn: string;
  channel: ContactInput["channel"];
  offered?: NonNullable<ContactInput["offered"]>;
  note?: string;
  status?: PersonSummary["status"];
}

interface ContactDialogProps {
  /** The person contacted; the dialog is closed when null. */
  person: PersonSummary | null;
  onClose: () => void;
}

/** Records a follow-up contact: when, how, what was offered, and a change of status if there was one. */
export function ContactDialog({ person, onClose }: ContactDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const record = useRecordContact();
  return (
    <FormDialog<ContactValues>
      title={person ? t("peopleConsole.contactTitle", { name: person.name }) : ""}
      open={person !== null}
      okText={t("common.submit")}
      busy={record.isPending}
      onClose={onClose}
      initialValues={{ contactedOn: dayjs().format("YYYY-MM-DD"), channel: "phone", offered: [] }}
      onSubmit={async (values) => {
        if (!person) return;
        await record.mutateAsync({
          id: person.id,
          contactedOn: values.contactedOn,
          channel: values.channel,
          offered: values.offered ?? [],
          note: values.note?.trim() || null,
          status: values.status ? { status: values.status } : undefined,
        });
        void message.success(t("peopleConsole.contactSaved"));
      }}
    >
      <Form.Item
        name="contactedOn"
        label={t("peopleConsole.contactedOn")}
        rules={[{ required: true }]}
        {...dateField}
      >
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), "day")} />
      </Form.Item>
      <Form.Item name="channel" label={t("peopleConsole.channel")} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`people.channels.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="offered" label={t("peopleConsole.offered")}>
        <Checkbox.Group options={OFFER_KINDS.map((o) => ({ value: o, label: t(`people.offers.${o}`) }))} />
      </Form.Item>
      <Form.Item name="status" label={t("peopleConsole.statusAlso")}>
        <Select
          allowClear
          style={{ maxWidth: 220 }}
          options={EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: t(`people.statuses.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t("peopleConsole.note")} rules={[{ max: 1000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} showCount />
      </Form.Item>
    </FormDialog>
  );
}
