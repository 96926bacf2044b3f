import { submitFeedBatch } from "@jiuye/contract/job-intake";
import { buildPath } from "@jiuye/contract/route";
import { Alert, Button, Card, Form, Input, InputNumber, Result, Switch, Typography } from "antd";
import { type ReactElement, useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { type FeedSourceInput, useCreateFeedSource } from "../api/create-feed-source.ts";

const NAME = /^[a-z0-9][a-z0-9_.-]{1,40}$/;

/** The call another system makes, with its token, shown beside the token. */
function exampleCall(token: string): string {
  const url = `${window.location.origin}${buildPath(submitFeedBatch.path)}`;
  return [
    `curl -X POST ${url} \\`,
    `  -H "Authorization: Bearer ${token}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"items":[{"sourceId":"A-1001","employer":{"name":"…","creditCode":"…"},"title":"…","description":"…","regionCode":"652301","salaryMin":4000,"salaryMax":6000,"salaryUnit":"month","employmentType":"full_time","howToApply":"…"}]}'`,
  ].join("\n");
}

/** Registers a feed source and shows its token once, with how to call the batch API. */
export function FeedSourceForm({ regionSelect }: { regionSelect: ReactElement }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FeedSourceInput>();
  const create = useCreateFeedSource();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const required = (field: string) => ({ required: true, message: t("auth.required", { field }) });

  if (created) {
    return (
      <Result
        status="success"
        title={t("intake.tokenTitle", { name: created.name })}
        extra={
          <Button
            onClick={() => {
              setCreated(null);
              form.resetFields();
            }}
          >
            {t("intake.another")}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t("intake.tokenOnce")} style={{ marginBottom: 16 }} />
        <Typography.Paragraph copyable={{ text: created.token }} code style={{ fontSize: 15 }}>
          {created.token}
        </Typography.Paragraph>
        <Typography.Title level={5}>{t("intake.howToCall")}</Typography.Title>
        <Typography.Paragraph>{t("intake.howToCallText")}</Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: exampleCall(created.token) }}>
          <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{exampleCall("<token>")}</pre>
        </Typography.Paragraph>
      </Result>
    );
  }

  return (
    <Card title={t("intake.feedTitle")} size="small" style={{ maxWidth: 720 }}>
      <Typography.Paragraph>{t("intake.feedIntro")}</Typography.Paragraph>
      <Form<FeedSourceInput>
        form={form}
        layout="vertical"
        initialValues={{ refreshDays: 7, autoPublish: false }}
        onFinish={(values) => {
          setError(null);
          create.mutate(values, {
            onSuccess: setCreated,
            onError: (cause) => setError(showErrorsOnForm(form, cause)),
          });
        }}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="name"
          label={t("intake.feedName")}
          extra={t("intake.feedNameHelp")}
          rules={[required(t("intake.feedName")), { pattern: NAME, message: t("intake.sourceInvalid") }]}
        >
          <Input maxLength={41} spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t("intake.feedDisplayName")}
          rules={[required(t("intake.feedDisplayName")), { min: 2, max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t("intake.feedRegion")}
          rules={[required(t("intake.feedRegion"))]}
        >
          {regionSelect}
        </Form.Item>
        <Form.Item name="refreshDays" label={t("intake.refreshDays")} extra={t("intake.refreshDaysHelp")}>
          <InputNumber min={1} max={90} precision={0} />
        </Form.Item>
        <Form.Item
          name="autoPublish"
          label={t("intake.autoPublish")}
          extra={t("intake.autoPublishHelp")}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t("intake.createFeed")}
        </Button>
      </Form>
    </Card>
  );
}
