import { LockOutlined, UserOutlined } from "@ant-design/icons";
import type { SessionUser } from "@jiuye/contract/auth";
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { type LoginInput, useLogin } from "../api/login.ts";

/** Username and password; calls `onLoggedIn` with the signed-in user. */
export function LoginForm({ onLoggedIn }: { onLoggedIn: (user: SessionUser) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginInput>();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);

  function submit(values: LoginInput) {
    setError(null);
    login.mutate(values, {
      onSuccess: (session) => session.user && onLoggedIn(session.user),
      onError: (cause) => setError(showErrorsOnForm(form, cause)),
    });
  }

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} size="large">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="username"
        label={t("auth.username")}
        rules={[{ required: true, message: t("auth.required", { field: t("auth.username") }) }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t("auth.password")}
        rules={[{ required: true, message: t("auth.required", { field: t("auth.password") }) }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending}>
        {t("auth.login")}
      </Button>
    </Form>
  );
}
