import type { ReceivedApplication } from "@jiuye/contract/applications";
import { Alert, App, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/form-dialog.tsx";
import { type DecisionStatus, useDecideApplication } from "../api/decide-application.ts";

export interface PendingDecision {
  application: ReceivedApplication;
  status: DecisionStatus;
}

interface DecideDialogProps {
  decision: PendingDecision | null;
  onClose: () => void;
}

/**
 * Moves an application on with an optional note to the seeker. A hire is confirmed here, saying
 * what it does: the person's employment status changes and it counts as a placement.
 */
export function DecideDialog({ decision, onClose }: DecideDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecideApplication();
  const action = decision ? t(`applications.decisions.${decision.status}`) : "";
  return (
    <FormDialog<{ note?: string }>
      title={decision && t("applications.decideTitle", { action, name: decision.application.applicant.name })}
      open={decision !== null}
      okText={action}
      busy={decide.isPending}
      danger={decision?.status === "rejected"}
      onClose={onClose}
      onSubmit={async ({ note }) => {
        if (!decision) return;
        const { application } = await decide.mutateAsync({
          id: decision.application.id,
          status: decision.status,
          note: note?.trim() || undefined,
        });
        void message.success(
          t("applications.decided", { status: t(`applications.statuses.${application.status}`) }),
        );
      }}
    >
      {decision?.status === "hired" && (
        <Alert type="warning" showIcon title={t("applications.hiredWarning")} style={{ marginBottom: 16 }} />
      )}
      <Form.Item name="note" label={t("applications.decisionNote")}>
        <Input.TextArea
          maxLength={500}
          showCount
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={
            decision?.status === "interview" ? t("applications.decisionNotePlaceholder") : undefined
          }
        />
      </Form.Item>
    </FormDialog>
  );
}
