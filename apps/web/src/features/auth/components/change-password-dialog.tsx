import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { useChangePassword } from "../api/change-password.ts";

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

interface ChangePasswordDialogProps {
  open: boolean;
  /** The account must change its password before anything else: the dialog cannot be dismissed. */
  forced: boolean;
  onClose: () => void;
  onLogout: () => void;
}

/** Changes the signed-in user's password. */
export function ChangePasswordDialog({ open, forced, onClose, onLogout }: ChangePasswordDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangePasswordValues>();
  const changePassword = useChangePassword();
  const [error, setError] = useState<string | null>(null);

  function submit({ currentPassword, newPassword }: ChangePasswordValues) {
    setError(null);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t("password.changed"));
          form.resetFields();
          onClose();
        },
        onError: (cause) => setError(showErrorsOnForm(form, cause)),
      },
    );
  }

  return (
    <Modal
      open={open}
      title={t("password.change")}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        forced ? (
          <Button key="logout" onClick={onLogout}>
            {t("nav.logout")}
          </Button>
        ) : (
          <Button key="cancel" onClick={onClose}>
            {t("common.cancel")}
          </Button>
        ),
        <Button key="submit" type="primary" loading={changePassword.isPending} onClick={() => form.submit()}>
          {t("common.submit")}
        </Button>,
      ]}
    >
      {forced && (
        <Alert type="warning" showIcon title={t("password.mustChange")} style={{ marginBottom: 16 }} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item
          name="currentPassword"
          label={t("password.current")}
          rules={[{ required: true, message: t("auth.required", { field: t("password.current") }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t("password.new")}
          extra={t("auth.passwordHelp")}
          rules={[{ required: true, min: 10, message: t("auth.passwordTooShort") }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("password.confirm")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("auth.required", { field: t("password.confirm") }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue("newPassword")
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("auth.passwordMismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
