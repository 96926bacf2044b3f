import type { PushSettings } from "@jiuye/contract/push";
import { Alert, App, Button, Flex, Form, Input, InputNumber, Switch } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { usePushSettings, useSavePushSettings } from "../api/push-settings.ts";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A job seeker's push settings: on or off, how many postings a day at most, and the quiet hours. */
export function PushSettingsForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = usePushSettings();
  const save = useSavePushSettings();
  const [form] = Form.useForm<PushSettings>();
  const [error, setError] = useState<string | null>(null);
  if (settings.isPending) return null;
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  const time = { pattern: TIME, message: t("push.timeFormat") };

  return (
    <Form<PushSettings>
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={settings.data.settings}
      onFinish={(values) => {
        setError(null);
        save.mutate(values, {
          onSuccess: () => void message.success(t("push.saved")),
          onError: (cause) => setError(showErrorsOnForm(form, cause)),
        });
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="enabled"
        label={t("push.enabled")}
        valuePropName="checked"
        extra={t("push.enabledHelp")}
      >
        <Switch checkedChildren={t("people.yes")} unCheckedChildren={t("people.no")} />
      </Form.Item>
      <Form.Item name="dailyCap" label={t("push.dailyCap")} rules={[{ required: true }]}>
        <InputNumber min={1} max={20} precision={0} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="quietStart" label={t("push.quietStart")} rules={[{ required: true }, time]}>
          <Input placeholder="22:00" maxLength={5} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="quietEnd" label={t("push.quietEnd")} rules={[{ required: true }, time]}>
          <Input placeholder="08:00" maxLength={5} style={{ width: 100 }} />
        </Form.Item>
      </Flex>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t("push.save")}
      </Button>
    </Form>
  );
}
