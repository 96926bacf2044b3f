import { CHECK_STAGES, EMPLOYMENT_STATUSES } from "@jiuye/contract/people";
import { Button, Form, Input, Select, Space } from "antd";
import type { ReactElement } from "react";
import { useTranslation } from "react-i18next";
import type { PeopleFilters as Filters } from "../api/get-people.ts";

interface PeopleFiltersProps {
  value: Filters;
  onChange: (filters: Filters) => void;
  /** A region picker to narrow the list to part of the jurisdiction. */
  regionSelect: ReactElement;
  /** Leave out the check-stage filter (the data-checks page sets it by tab). */
  withoutStage?: boolean;
}

/** The filters the registry's list offers: name, region, employment status, check stage. */
export function PeopleFilters({ value, onChange, regionSelect, withoutStage }: PeopleFiltersProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Filters>();
  return (
    <Form<Filters>
      form={form}
      layout="inline"
      initialValues={value}
      onFinish={(values) => onChange({ ...values, q: values.q?.trim() || undefined })}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="q">
        <Input.Search
          placeholder={t("peopleConsole.searchPlaceholder")}
          aria-label={t("peopleConsole.searchPlaceholder")}
          allowClear
          maxLength={50}
          onSearch={() => form.submit()}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="region" label={t("peopleConsole.region")}>
        {regionSelect}
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={t("peopleConsole.allStatuses")}
          aria-label={t("people.status")}
          style={{ width: 140 }}
          options={EMPLOYMENT_STATUSES.map((s) => ({ value: s, label: t(`people.statuses.${s}`) }))}
        />
      </Form.Item>
      {!withoutStage && (
        <Form.Item name="checkStage">
          <Select
            allowClear
            placeholder={t("peopleConsole.allStages")}
            aria-label={t("people.checkStage")}
            style={{ width: 150 }}
            options={CHECK_STAGES.map((s) => ({ value: s, label: t(`people.checkStages.${s}`) }))}
          />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" htmlType="submit">
          {t("common.search")}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({
              q: undefined,
              region: undefined,
              status: undefined,
              checkStage: undefined,
            });
            onChange({});
          }}
        >
          {t("common.reset")}
        </Button>
      </Space>
    </Form>
  );
}
