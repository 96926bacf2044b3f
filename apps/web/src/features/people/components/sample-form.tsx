import { Alert, Button, Card, Form, Input } from "antd";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { type SampleRequest, useDrawSample } from "../api/draw-sample.ts";

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

function thisQuarter(): string {
  const now = new Date();
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

/** County verification: draw the configured share of township-checked records for a period, once. */
export function SampleForm({ regionSelect }: { regionSelect: ReactElement }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SampleRequest>();
  const draw = useDrawSample();
  const [error, setError] = useState<string | null>(null);
  const sample = draw.data?.sample;
  return (
    <Card title={t("peopleConsole.sampleTitle")} size="small">
      <Form<SampleRequest>
        form={form}
        layout="inline"
        initialValues={{ period: thisQuarter() }}
        style={{ rowGap: 12 }}
        onFinish={(values) => {
          setError(null);
          draw.mutate(
            { period: values.period.trim(), regionCode: values.regionCode || undefined },
            { onError: (cause) => setError(showErrorsOnForm(form, cause)) },
          );
        }}
      >
        <Form.Item
          name="period"
          label={t("peopleConsole.samplePeriod")}
          tooltip={t("peopleConsole.samplePeriodHelp")}
          rules={[{ required: true, pattern: PERIOD, message: t("peopleConsole.samplePeriodInvalid") }]}
        >
          <Input style={{ width: 120 }} maxLength={7} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t("peopleConsole.sampleRegion")}
          tooltip={t("peopleConsole.sampleRegionHelp")}
        >
          {regionSelect}
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={draw.isPending}>
          {t("peopleConsole.draw")}
        </Button>
      </Form>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {sample && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          title={t("peopleConsole.drawn", {
            candidates: sample.candidates,
            share: Math.round(sample.share * 1000) / 10,
            count: sample.personIds.length,
          })}
        />
      )}
    </Card>
  );
}
