import { App, Button, Card, DatePicker, Form, Input, InputNumber, Space, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { type ParameterRow, useSetWageParameters, useWageParameters } from "../api/wage-settings.ts";

const NUMBERS = [
  "minimumMonthlyWage",
  "standardMonthDays",
  "depositExemptBelow",
  "depositCap",
  "singlePaymentLimit",
  "exitSettlementWorkingDays",
] as const;

type Values = Partial<Record<(typeof NUMBERS)[number] | "red" | "yellow", number>> & {
  regionCode?: string;
  effectiveFrom: Dayjs;
};

/** Rule parameters in force from each day, and a form to set them for a region (or, empty, the platform). */
export function ParametersPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const parameters = useWageParameters();
  const save = useSetWageParameters();
  const [form] = Form.useForm<Values>();
  const describe = (p: ParameterRow["parameters"]) =>
    Object.entries(p)
      .map(
        ([k, v]) =>
          `${t(`wages.parameterNames.${k as (typeof NUMBERS)[number]}`, { defaultValue: k })}: ${JSON.stringify(v)}`,
      )
      .join("；");
  async function submit(values: Values) {
    const picked = Object.fromEntries(NUMBERS.filter((k) => values[k] != null).map((k) => [k, values[k]]));
    const disposal = Object.fromEntries(
      (["red", "yellow"] as const).filter((k) => values[k] != null).map((k) => [k, values[k]]),
    );
    try {
      await save.mutateAsync({
        regionCode: values.regionCode?.trim() || null,
        effectiveFrom: values.effectiveFrom.format("YYYY-MM-DD"),
        parameters: {
          ...picked,
          ...(Object.keys(disposal).length > 0 ? { disposalWorkingDays: disposal } : {}),
        },
      });
      void message.success(t("wages.parametersSaved"));
      form.resetFields();
    } catch (error) {
      const problem = showErrorsOnForm(form, error);
      if (problem) void message.error(problem);
    }
  }
  if (parameters.isError)
    return <ErrorAlert error={parameters.error} onRetry={() => void parameters.refetch()} />;
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      {parameters.data && (
        <Typography.Paragraph type="secondary">
          {t("wages.defaults")}：{describe(parameters.data.defaults)}
        </Typography.Paragraph>
      )}
      <Table<ParameterRow>
        rowKey="id"
        size="small"
        loading={parameters.isPending}
        pagination={false}
        dataSource={parameters.data?.items ?? []}
        locale={{ emptyText: t("wages.noParameters") }}
        columns={[
          {
            title: t("wages.region"),
            key: "region",
            width: 140,
            render: (_, r) => r.regionName ?? t("wages.platform"),
          },
          { title: t("wages.effectiveFrom"), dataIndex: "effectiveFrom", width: 120 },
          { title: t("wages.parametersTitle"), key: "p", render: (_, r) => describe(r.parameters) },
        ]}
      />
      <Card size="small" title={t("wages.setParameters")}>
        <Form<Values> form={form} layout="inline" onFinish={(v) => void submit(v)} style={{ rowGap: 12 }}>
          <Form.Item name="regionCode" label={t("wages.regionCode")} extra={t("wages.regionCodeHint")}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="effectiveFrom" label={t("wages.effectiveFrom")} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          {NUMBERS.map((k) => (
            <Form.Item key={k} name={k} label={t(`wages.parameterNames.${k}`)}>
              <InputNumber min={0} />
            </Form.Item>
          ))}
          <Form.Item name="red" label={t("wages.disposalDaysRed")}>
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Form.Item name="yellow" label={t("wages.disposalDaysYellow")}>
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("wages.save")}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
