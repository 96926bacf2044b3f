import type { Person } from "@jiuye/contract/people";
import { Alert, Button, Checkbox, Divider, Flex, Form, Switch, Typography } from "antd";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { useSaveOwnPerson } from "../api/save-own-person.ts";
import { type OccupationsSlotProps, PersonFields, StatusFields } from "./person-fields.tsx";
import {
  changesOf,
  fieldsOf,
  formValuesOf,
  maskedNumbersOf,
  type PersonFieldsInput,
} from "./person-form-values.ts";

type OwnValues = PersonFieldsInput & {
  status?: { status: Person["status"]; since?: string | null };
  recommendable?: boolean;
  consent?: boolean;
};

interface OwnPersonFormProps {
  /** The record being changed; a first registration when absent. */
  person?: Person;
  regionSelect: ReactElement;
  regionListSelect: ReactElement;
  occupationsPicker: (
    props: OccupationsSlotProps & { initial: Person["desiredOccupations"] },
  ) => ReactElement;
  onSaved: (person: Person) => void;
  onCancel?: () => void;
}

/** The privacy notice of the registry: voluntary, what is collected and why, how numbers are kept, one's rights. */
export function RegistryPrivacyNotice() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="registry-privacy-title" className="privacy-notice">
      <Typography.Title level={5} id="registry-privacy-title">
        {t("myRecord.privacyTitle")}
      </Typography.Title>
      <ul>
        <li>{t("myRecord.privacyVoluntary")}</li>
        <li>{t("myRecord.privacyWhat")}</li>
        <li>{t("myRecord.privacyWhy")}</li>
        <li>{t("myRecord.privacySecurity")}</li>
        <li>{t("myRecord.privacyRights")}</li>
      </ul>
    </section>
  );
}

/** A job seeker's own registration (with the privacy notice and consent), or a change to their record. */
export function OwnPersonForm(props: OwnPersonFormProps) {
  const { person, regionSelect, regionListSelect, occupationsPicker, onSaved, onCancel } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<OwnValues>();
  const save = useSaveOwnPerson();
  const [error, setError] = useState<string | null>(null);
  const initial: Partial<OwnValues> = person
    ? { ...formValuesOf(person), recommendable: person.recommendable }
    : { status: { status: "unemployed" }, recommendable: false, skills: [], certificates: [] };

  function submit(values: OwnValues) {
    setError(null);
    const input = person
      ? { change: { ...changesOf(values), recommendable: values.recommendable ?? false } }
      : {
          register: {
            ...fieldsOf(values),
            status: {
              status: values.status?.status ?? "unemployed",
              since: values.status?.since ?? undefined,
            },
            recommendable: values.recommendable ?? false,
            consent: true as const,
          },
        };
    save.mutate(input, {
      onSuccess: (answer) => onSaved(answer.person),
      onError: (cause) => setError(showErrorsOnForm(form, cause)),
    });
  }

  return (
    <Form<OwnValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={initial}
      onFinish={submit}
      scrollToFirstError
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <PersonFields
        regionSelect={regionSelect}
        regionListSelect={regionListSelect}
        occupationsPicker={(slot) =>
          occupationsPicker({ ...slot, initial: person?.desiredOccupations ?? [] })
        }
        masked={person ? maskedNumbersOf(person) : undefined}
      />
      {!person && <StatusFields />}
      <Divider />
      <Form.Item
        name="recommendable"
        label={t("people.recommendable")}
        extra={t("myRecord.recommendHelp")}
        valuePropName="checked"
      >
        <Switch checkedChildren={t("people.yes")} unCheckedChildren={t("people.no")} />
      </Form.Item>
      {!person && (
        <>
          <RegistryPrivacyNotice />
          <Form.Item
            name="consent"
            valuePropName="checked"
            rules={[
              {
                validator: (_, value) =>
                  value === true
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("myRecord.consentRequired"))),
              },
            ]}
          >
            <Checkbox>{t("myRecord.consent")}</Checkbox>
          </Form.Item>
        </>
      )}
      <Flex gap={12} wrap>
        <Button type="primary" htmlType="submit" size="large" loading={save.isPending}>
          {person ? t("personForm.save") : t("myRecord.submit")}
        </Button>
        {onCancel && (
          <Button size="large" onClick={onCancel}>
            {t("personForm.cancel")}
          </Button>
        )}
      </Flex>
    </Form>
  );
}
