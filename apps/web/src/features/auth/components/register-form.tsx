import type { SessionUser } from "@jiuye/contract/auth";
import { Alert, Button, Checkbox, Form, Input, Tabs, Typography } from "antd";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { type RegisterInput, useRegister } from "../api/register.ts";

type RegisterRole = RegisterInput["role"];

interface RegisterValues {
  username: string;
  displayName: string;
  regionCode: string;
  organisationName?: string;
  creditCode?: string;
  password: string;
  confirm: string;
  consent: boolean;
}

/** GB 32100 characters: digits and capital letters other than I, O, S, V and Z. */
const CREDIT_CODE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

interface RegisterFormProps {
  /** The region picker; it receives `value` and `onChange` from the form. */
  regionSelect: ReactElement;
  onRegistered: (user: SessionUser) => void;
}

/** Voluntary registration of a job seeker, or an employer with its organisation, with consent to the privacy notice. */
export function RegisterForm({ regionSelect, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RegisterValues>();
  const register = useRegister();
  const [role, setRole] = useState<RegisterRole>("seeker");
  const [error, setError] = useState<string | null>(null);
  const required = (field: string) => ({ required: true, message: t("auth.required", { field }) });

  function submit(values: RegisterValues) {
    setError(null);
    const common = {
      username: values.username,
      password: values.password,
      displayName: values.displayName,
      regionCode: values.regionCode,
      consent: true as const,
    };
    const body: RegisterInput =
      role === "seeker"
        ? { role, ...common }
        : {
            role,
            ...common,
            organisationName: values.organisationName ?? "",
            creditCode: values.creditCode ?? "",
          };
    register.mutate(body, {
      onSuccess: (session) => session.user && onRegistered(session.user),
      onError: (cause) => setError(showErrorsOnForm(form, cause)),
    });
  }

  return (
    <>
      <Tabs
        activeKey={role}
        onChange={(key) => setRole(key === "employer" ? "employer" : "seeker")}
        items={[
          { key: "seeker", label: t("auth.asSeeker") },
          { key: "employer", label: t("auth.asEmployer") },
        ]}
      />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        size="large"
        scrollToFirstError
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {role === "employer" && (
          <>
            <Form.Item
              name="organisationName"
              label={t("auth.organisationName")}
              rules={[required(t("auth.organisationName")), { min: 2, max: 100 }]}
            >
              <Input autoComplete="organization" />
            </Form.Item>
            <Form.Item
              name="creditCode"
              label={t("auth.creditCode")}
              extra={t("auth.creditCodeHelp")}
              normalize={(value: string) => value.replace(/\s/g, "").toUpperCase()}
              rules={[
                required(t("auth.creditCode")),
                { pattern: CREDIT_CODE, message: t("auth.creditCodeInvalid") },
              ]}
            >
              <Input maxLength={18} autoCapitalize="characters" spellCheck={false} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="displayName"
          label={role === "employer" ? t("auth.contactName") : t("auth.displayName")}
          rules={[required(role === "employer" ? t("auth.contactName") : t("auth.displayName")), { max: 50 }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="regionCode" label={t("auth.region")} rules={[required(t("auth.region"))]}>
          {regionSelect}
        </Form.Item>
        <Form.Item
          name="username"
          label={t("auth.username")}
          extra={t("auth.usernameRule")}
          rules={[
            required(t("auth.username")),
            { pattern: /^[A-Za-z0-9_.@-]{3,64}$/, message: t("auth.usernameRule") },
          ]}
        >
          <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t("auth.password")}
          extra={t("auth.passwordHelp")}
          rules={[{ required: true, min: 10, message: t("auth.passwordTooShort") }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("auth.confirmPassword")}
          dependencies={["password"]}
          rules={[
            required(t("auth.confirmPassword")),
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue("password")
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("auth.passwordMismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <section aria-labelledby="privacy-title" className="privacy-notice">
          <Typography.Title level={5} id="privacy-title">
            {t("auth.privacyTitle")}
          </Typography.Title>
          <ul>
            <li>{t("auth.privacyVoluntary")}</li>
            <li>{t("auth.privacyMinimal")}</li>
            <li>{t("auth.privacyUse")}</li>
            <li>{t("auth.privacyRights")}</li>
          </ul>
        </section>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: (_, value) =>
                value === true ? Promise.resolve() : Promise.reject(new Error(t("auth.consentRequired"))),
            },
          ]}
        >
          <Checkbox>{t("auth.consent")}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={register.isPending}>
          {t("auth.register")}
        </Button>
      </Form>
    </>
  );
}
