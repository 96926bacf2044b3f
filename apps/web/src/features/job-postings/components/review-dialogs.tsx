import type { Posting } from "@jiuye/contract/job-postings";
import { Checkbox, Form, Input, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FindingsList } from "./findings-list.tsx";

interface ApproveValues {
  confirmWarnings?: boolean;
  note?: string;
}

interface ApproveDialogProps {
  posting: Posting | null;
  busy: boolean;
  onApprove: (values: { confirmWarnings: boolean; note?: string }) => void;
  onClose: () => void;
}

/** Publishing a posting: its warnings shown again, to be confirmed as checked; a comment if wished. */
export function ApproveDialog({ posting, busy, onApprove, onClose }: ApproveDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApproveValues>();
  const warnings = posting?.findings.filter((finding) => finding.severity === "warn") ?? [];
  return (
    <Modal
      title={t("postings.approveTitle")}
      open={posting !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("postings.approve")}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<ApproveValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          onApprove({
            confirmWarnings: values.confirmWarnings === true,
            note: values.note?.trim() || undefined,
          })
        }
      >
        {posting && <Typography.Paragraph strong>{posting.title}</Typography.Paragraph>}
        {warnings.length > 0 && (
          <>
            <Typography.Paragraph>{t("postings.approveWarnings")}</Typography.Paragraph>
            <FindingsList findings={warnings} />
            <Form.Item
              name="confirmWarnings"
              valuePropName="checked"
              rules={[
                {
                  validator: (_, checked: boolean | undefined) =>
                    checked
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("postings.confirmWarningsRequired"))),
                },
              ]}
              style={{ marginTop: 12 }}
            >
              <Checkbox>{t("postings.confirmWarnings")}</Checkbox>
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t("postings.reviewComment")} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface SendBackDialogProps {
  posting: Posting | null;
  busy: boolean;
  onSendBack: (note: string) => void;
  onClose: () => void;
}

/** Sending a posting back to its employer, with the reason they will read. */
export function SendBackDialog({ posting, busy, onSendBack, onClose }: SendBackDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal
      title={t("postings.sendBackTitle")}
      open={posting !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("postings.sendBack")}
      okButtonProps={{ danger: true }}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<{ note: string }>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ note }) => onSendBack(note.trim())}
      >
        {posting && <Typography.Paragraph strong>{posting.title}</Typography.Paragraph>}
        <Form.Item
          name="note"
          label={t("postings.sendBackReason")}
          rules={[
            { required: true, whitespace: true, message: t("postings.sendBackReasonRequired") },
            { max: 500 },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
