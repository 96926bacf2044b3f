import { type Person, PII_FIELDS } from "@jiuye/contract/people";
import { Checkbox, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/form-dialog.tsx";
import { useRevealPerson } from "../api/reveal-person.ts";

export interface RevealedNumbers {
  idNumber?: string;
  phone?: string | null;
  disabilityCertificate?: string | null;
}

type PiiField = (typeof PII_FIELDS)[number];

interface RevealDialogProps {
  person: Person;
  open: boolean;
  onClose: () => void;
  onRevealed: (numbers: RevealedNumbers) => void;
}

/** Asks which numbers to show in full and why; the server audits the reason with the reveal. */
export function RevealDialog({ person, open, onClose, onRevealed }: RevealDialogProps) {
  const { t } = useTranslation();
  const reveal = useRevealPerson();
  const held: Record<PiiField, boolean> = {
    idNumber: true,
    phone: person.phoneMasked !== null,
    disabilityCertificate: person.disabilityCertificateMasked !== null,
  };
  const offered = PII_FIELDS.filter((field) => held[field]);
  return (
    <FormDialog<{ fields: PiiField[]; reason: string }>
      title={t("peopleConsole.revealTitle")}
      open={open}
      okText={t("peopleConsole.reveal")}
      busy={reveal.isPending}
      onClose={onClose}
      initialValues={{ fields: offered }}
      onSubmit={async ({ fields, reason }) =>
        onRevealed(await reveal.mutateAsync({ id: person.id, fields, reason: reason.trim() }))
      }
    >
      <Typography.Paragraph strong>{person.name}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("peopleConsole.revealText")}</Typography.Paragraph>
      <Form.Item name="fields" label={t("peopleConsole.revealFields")} rules={[{ required: true }]}>
        <Checkbox.Group options={offered.map((field) => ({ value: field, label: t(`people.${field}`) }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t("peopleConsole.revealReason")}
        rules={[
          { required: true, whitespace: true, message: t("peopleConsole.revealReasonRequired") },
          { min: 2, max: 200 },
        ]}
      >
        <Input.TextArea
          placeholder={t("peopleConsole.revealReasonPlaceholder")}
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={200}
          showCount
        />
      </Form.Item>
    </FormDialog>
  );
}
