import type { Person } from "@jiuye/contract/people";
import { Alert, Button, Col, DatePicker, Divider, Flex, Form, Input, Row } from "antd";
import dayjs from "dayjs";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { type PersonRegistration, useCreatePerson } from "../api/create-person.ts";
import { dateField, type OccupationsSlotProps, PersonFields, StatusFields } from "./person-fields.tsx";
import { fieldsOf, type PersonFieldsInput } from "./person-form-values.ts";

type CreateValues = PersonFieldsInput & Pick<PersonRegistration, "status" | "consent">;

interface PersonCreateFormProps {
  regionSelect: ReactElement;
  regionListSelect: ReactElement;
  occupationsPicker: (props: OccupationsSlotProps) => ReactElement;
  onCreated: (person: Person) => void;
  onCancel: () => void;
}

/** Staff register a person who agreed to it: their fields, status, and the purpose and words of their consent. */
export function PersonCreateForm(props: PersonCreateFormProps) {
  const { regionSelect, regionListSelect, occupationsPicker, onCreated, onCancel } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreatePerson();
  const [error, setError] = useState<string | null>(null);
  const required = (field: string) => ({ required: true, message: t("personForm.required", { field }) });

  return (
    <Form<CreateValues>
      form={form}
      layout="vertical"
      initialValues={{
        status: { status: "unemployed" },
        consent: { purpose: t("peopleConsole.consentPurposeDefault"), givenOn: dayjs().format("YYYY-MM-DD") },
        skills: [],
        certificates: [],
      }}
      onFinish={(values) => {
        setError(null);
        create.mutate(
          {
            ...fieldsOf(values),
            status: { status: values.status.status, since: values.status.since || undefined },
            consent: {
              purpose: values.consent.purpose.trim(),
              statement: values.consent.statement.trim(),
              givenOn: values.consent.givenOn || undefined,
            },
          },
          {
            onSuccess: ({ person }) => onCreated(person),
            onError: (cause) => setError(showErrorsOnForm(form, cause)),
          },
        );
      }}
      scrollToFirstError
      style={{ maxWidth: 880 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <PersonFields
        regionSelect={regionSelect}
        regionListSelect={regionListSelect}
        occupationsPicker={occupationsPicker}
      />
      <StatusFields />
      <Divider titlePlacement="start">{t("peopleConsole.consentSection")}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item
            name={["consent", "purpose"]}
            label={t("peopleConsole.consentPurpose")}
            rules={[required(t("peopleConsole.consentPurpose")), { min: 4, max: 200 }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={["consent", "givenOn"]}
            label={t("peopleConsole.consentGivenOn")}
            rules={[required(t("peopleConsole.consentGivenOn"))]}
            {...dateField}
          >
            <DatePicker style={{ width: "100%" }} disabledDate={(day) => day.isAfter(dayjs(), "day")} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={["consent", "statement"]}
        label={t("peopleConsole.consentStatement")}
        rules={[required(t("peopleConsole.consentStatement")), { min: 4, max: 1000 }]}
      >
        <Input.TextArea
          placeholder={t("peopleConsole.consentStatementPlaceholder")}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          showCount
        />
      </Form.Item>
      <Flex gap={12}>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t("peopleConsole.create")}
        </Button>
        <Button onClick={onCancel}>{t("personForm.cancel")}</Button>
      </Flex>
    </Form>
  );
}
