import { Alert, Form, Modal } from "antd";
import { type ReactNode, useState } from "react";
import { showErrorsOnForm } from "../lib/form-errors.ts";

interface FormDialogProps<V> {
  title: ReactNode;
  open: boolean;
  okText: string;
  danger?: boolean;
  busy: boolean;
  onClose: () => void;
  /** Saves; the dialog closes when it resolves, and a rejection is shown on the fields it names or above them. */
  onSubmit: (values: V) => Promise<unknown>;
  initialValues?: Partial<V>;
  /** The form's `Form.Item`s (and any text around them). */
  children: ReactNode;
}

/** A modal with one form in it, emptied each time it closes; server validation errors land on its fields. */
export function FormDialog<V extends object>(props: FormDialogProps<V>) {
  const { title, open, okText, danger, busy, onClose, onSubmit, initialValues, children } = props;
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      okButtonProps={{ danger }}
      confirmLoading={busy}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      <Form<V>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onFinish={(values) => {
          setError(null);
          onSubmit(values).then(onClose, (cause: unknown) => setError(showErrorsOnForm(form, cause)));
        }}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {children}
      </Form>
    </Modal>
  );
}
