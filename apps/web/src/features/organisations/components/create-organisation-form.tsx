import type { Organisation } from "@jiuye/contract/organisations";
import { Alert, Button, Form, Input, Radio } from "antd";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { type CreateOrganisationInput, useCreateOrganisation } from "../api/create-organisation.ts";

/** GB 32100 characters: digits and capital letters other than I, O, S, V and Z. */
const CREDIT_CODE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

interface CreateOrganisationFormProps {
  /** The region picker; it receives `value` and `onChange` from the form. */
  regionSelect: ReactElement;
  onCreated: (organisation: Organisation) => void;
}

/** Registers an employer or agency; the server checks the credit code's check digit. */
export function CreateOrganisationForm({ regionSelect, onCreated }: CreateOrganisationFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateOrganisationInput>();
  const createOrganisation = useCreateOrganisation();
  const [error, setError] = useState<string | null>(null);
  const required = (field: string) => ({ required: true, message: t("auth.required", { field }) });

  function submit(values: CreateOrganisationInput) {
    setError(null);
    createOrganisation.mutate(values, {
      onSuccess: ({ organisation }) => {
        form.resetFields();
        onCreated(organisation);
      },
      onError: (cause) => setError(showErrorsOnForm(form, cause)),
    });
  }

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      initialValues={{ kind: "employer" }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item name="kind" label={t("organisations.kind")}>
        <Radio.Group
          optionType="button"
          options={[
            { value: "employer", label: t("organisations.kinds.employer") },
            { value: "agency", label: t("organisations.kinds.agency") },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t("organisations.name")}
        rules={[required(t("organisations.name")), { min: 2, max: 100 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t("organisations.creditCode")}
        extra={t("auth.creditCodeHelp")}
        normalize={(value: string) => value.replace(/\s/g, "").toUpperCase()}
        rules={[
          required(t("organisations.creditCode")),
          { pattern: CREDIT_CODE, message: t("auth.creditCodeInvalid") },
        ]}
      >
        <Input maxLength={18} spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t("organisations.region")}
        rules={[required(t("organisations.region"))]}
      >
        {regionSelect}
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={createOrganisation.isPending}>
        {t("common.create")}
      </Button>
    </Form>
  );
}
