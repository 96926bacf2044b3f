import { ROLES } from "@jiuye/contract/route";
import type { User } from "@jiuye/contract/users";
import { Alert, Button, Form, Input, Select } from "antd";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { type CreateUserInput, useCreateUser } from "../api/create-user.ts";

/** Accounts an administrator creates; job seekers and employers register themselves. */
const STAFF_ROLES = ROLES.filter((role) => role !== "seeker" && role !== "employer");

interface CreateUserFormProps {
  /** The region picker; it receives `value` and `onChange` from the form. */
  regionSelect: ReactElement;
  /** The department picker, for department accounts. */
  departmentSelect: ReactElement;
  onCreated: (user: User) => void;
}

/** Creates a staff, department, leadership or administrator account. */
export function CreateUserForm({ regionSelect, departmentSelect, onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateUserInput>();
  const role = Form.useWatch("role", form);
  const createUser = useCreateUser();
  const [error, setError] = useState<string | null>(null);
  const required = (field: string) => ({ required: true, message: t("auth.required", { field }) });

  function submit(values: CreateUserInput) {
    setError(null);
    createUser.mutate(values, {
      onSuccess: ({ user }) => {
        form.resetFields();
        onCreated(user);
      },
      onError: (cause) => setError(showErrorsOnForm(form, cause)),
    });
  }

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="username"
        label={t("users.username")}
        extra={t("auth.usernameRule")}
        rules={[
          required(t("users.username")),
          { pattern: /^[A-Za-z0-9_.@-]{3,64}$/, message: t("auth.usernameRule") },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="displayName" label={t("users.displayName")} rules={[required(t("users.displayName"))]}>
        <Input autoComplete="off" maxLength={50} />
      </Form.Item>
      <Form.Item name="role" label={t("users.role")} rules={[required(t("users.role"))]}>
        <Select options={STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
      </Form.Item>
      <Form.Item name="regionCode" label={t("users.region")} rules={[required(t("users.region"))]}>
        {regionSelect}
      </Form.Item>
      {role === "department" && (
        <Form.Item
          name="organisationId"
          label={t("users.department")}
          rules={[required(t("users.department"))]}
        >
          {departmentSelect}
        </Form.Item>
      )}
      <Form.Item
        name="password"
        label={t("users.password")}
        extra={t("users.passwordHelp")}
        rules={[{ required: true, min: 10, message: t("auth.passwordTooShort") }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={createUser.isPending}>
        {t("common.create")}
      </Button>
    </Form>
  );
}
