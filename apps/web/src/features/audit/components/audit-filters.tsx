import { Button, DatePicker, Form, Input, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { AuditFilters as Filters } from "../api/get-audit.ts";

interface FilterValues {
  actor?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

function toFilters({ actor, action, recordType, recordId, period }: FilterValues): Filters {
  const [start, end] = period ?? [null, null];
  return {
    actor: actor?.trim() || undefined,
    action: action?.trim() || undefined,
    recordType: recordType?.trim() || undefined,
    recordId: recordId?.trim() || undefined,
    from: start?.startOf("day").format(),
    to: end?.endOf("day").format(),
  };
}

/** The audit log's filters: actor, action, record and period (whole days, local time). */
export function AuditFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(values) => onChange(toFilters(values))}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="actor" label={t("audit.actor")}>
        <Input placeholder={t("audit.actorPlaceholder")} allowClear style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="action" label={t("audit.action")}>
        <Input placeholder={t("audit.actionPlaceholder")} allowClear style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="recordType" label={t("audit.recordType")}>
        <Input allowClear style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="recordId" label={t("audit.recordId")}>
        <Input allowClear style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="period" label={t("audit.dateRange")}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t("common.search")}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t("common.reset")}
        </Button>
      </Space>
    </Form>
  );
}
