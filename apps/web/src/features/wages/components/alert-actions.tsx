import { App, Button, Form, Input, Modal, Popconfirm, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import { useMoveWageAlert, type WageAlertItem } from "../api/wage-alerts.ts";

/** The buttons of what the caller may do with an alert now: acknowledge, dispose (measures and evidence), close. */
export function AlertActions({ alert }: { alert: WageAlertItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const move = useMoveWageAlert();
  const [disposing, setDisposing] = useState(false);
  const [form] = Form.useForm<{ measures: string; evidence: string[] }>();
  const done = (key: "wages.acknowledged" | "wages.disposed" | "wages.closed") => () =>
    void message.success(t(key));
  const failed = (error: unknown) =>
    void message.error(error instanceof Error ? error.message : String(error));
  if (alert.actions.length === 0) return null;
  return (
    <Space size="small" wrap>
      {alert.actions.includes("acknowledge") && (
        <Button
          size="small"
          loading={move.isPending}
          onClick={() =>
            move.mutateAsync({ action: "acknowledge", id: alert.id }).then(done("wages.acknowledged"), failed)
          }
        >
          {t("wages.actions.acknowledge")}
        </Button>
      )}
      {alert.actions.includes("dispose") && (
        <Button size="small" type="primary" onClick={() => setDisposing(true)}>
          {t("wages.actions.dispose")}
        </Button>
      )}
      {alert.actions.includes("close") && (
        <Popconfirm
          title={t("wages.closeConfirm")}
          onConfirm={() =>
            move.mutateAsync({ action: "close", id: alert.id }).then(done("wages.closed"), failed)
          }
        >
          <Button size="small" type="primary">
            {t("wages.actions.close")}
          </Button>
        </Popconfirm>
      )}
      <Modal
        open={disposing}
        title={t("wages.disposeTitle", { code: alert.code })}
        okText={t("wages.actions.dispose")}
        confirmLoading={move.isPending}
        onCancel={() => setDisposing(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <p>{alert.message}</p>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ evidence: [] }}
          onFinish={async (values) => {
            try {
              await move.mutateAsync({ action: "dispose", id: alert.id, ...values });
              setDisposing(false);
              done("wages.disposed")();
            } catch (error) {
              const problem = showErrorsOnForm(form, error);
              if (problem) failed(new Error(problem));
            }
          }}
        >
          <Form.Item name="measures" label={t("wages.measures")} rules={[{ required: true, min: 4 }]}>
            <Input.TextArea rows={4} placeholder={t("wages.measuresHint")} />
          </Form.Item>
          <Form.Item name="evidence" label={t("wages.evidence")} extra={t("wages.evidenceHint")}>
            <Select mode="tags" open={false} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
