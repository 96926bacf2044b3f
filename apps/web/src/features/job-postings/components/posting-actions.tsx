import {
  CheckOutlined,
  EditOutlined,
  ExportOutlined,
  RollbackOutlined,
  SendOutlined,
  StopOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { Posting } from "@jiuye/contract/job-postings";
import { App, Button, Flex, Popconfirm } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../lib/api-client.ts";
import { type PostingAction, type TransitionInput, useTransitionPosting } from "../api/transition-posting.ts";
import { ApproveDialog, SendBackDialog } from "./review-dialogs.tsx";

/** What the signed-in person may do with postings in general; the posting's status decides the rest. */
export interface PostingPowers {
  /** Edit, submit, fill, withdraw: the employer, and the staff of the region. */
  manage: boolean;
  /** Approve and send back: the staff of the region. */
  review: boolean;
}

interface PostingActionsProps {
  posting: Posting;
  powers: PostingPowers;
  onEdit: (posting: Posting) => void;
}

/** The moves open to this person for this posting in its status, each confirmed where it cannot be undone. */
export function PostingActions({ posting, powers, onEdit }: PostingActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transition = useTransitionPosting();
  const [approving, setApproving] = useState(false);
  const [sendingBack, setSendingBack] = useState(false);
  const status = posting.status;

  async function move(body: TransitionInput): Promise<boolean> {
    try {
      await transition.mutateAsync({ id: posting.id, ...body });
      void message.success(t(`postings.done.${body.action}`));
      return true;
    } catch (cause) {
      const text =
        cause instanceof ApiError && cause.code === "JOBS_COMPLIANCE_BLOCKED"
          ? t("postings.blockHint")
          : cause instanceof Error
            ? cause.message
            : String(cause);
      void message.error(text);
      return false;
    }
  }

  const busy = (action: PostingAction) => transition.isPending && transition.variables?.action === action;
  const can = {
    edit: powers.manage && posting.editable,
    submit: powers.manage && status === "draft",
    approve: powers.review && (status === "draft" || status === "pending_review"),
    sendBack: powers.review && (status === "pending_review" || status === "published"),
    fill: powers.manage && status === "published",
    withdraw: powers.manage && ["draft", "pending_review", "published"].includes(status),
  };

  return (
    <Flex gap={8} wrap>
      {can.approve && (
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setApproving(true)}>
          {t("postings.approve")}
        </Button>
      )}
      {can.sendBack && (
        <Button danger icon={<RollbackOutlined />} onClick={() => setSendingBack(true)}>
          {t("postings.sendBack")}
        </Button>
      )}
      {can.submit && (
        <Button
          type={can.approve ? "default" : "primary"}
          icon={<SendOutlined />}
          loading={busy("submit")}
          onClick={() => void move({ action: "submit" })}
        >
          {t("postings.submit")}
        </Button>
      )}
      {can.edit && (
        <Button icon={<EditOutlined />} onClick={() => onEdit(posting)}>
          {t("postings.edit")}
        </Button>
      )}
      {can.fill && (
        <Popconfirm title={t("postings.fillConfirm")} onConfirm={() => move({ action: "fill" })}>
          <Button icon={<TeamOutlined />} loading={busy("fill")}>
            {t("postings.fill")}
          </Button>
        </Popconfirm>
      )}
      {can.withdraw && (
        <Popconfirm title={t("postings.withdrawConfirm")} onConfirm={() => move({ action: "withdraw" })}>
          <Button icon={<StopOutlined />} loading={busy("withdraw")}>
            {t("postings.withdraw")}
          </Button>
        </Popconfirm>
      )}
      {status === "published" && (
        <Button type="link" icon={<ExportOutlined />} href={`/jobs/${posting.id}`} target="_blank">
          {t("postings.openPublic")}
        </Button>
      )}
      <ApproveDialog
        posting={approving ? posting : null}
        busy={busy("approve")}
        onClose={() => setApproving(false)}
        onApprove={(values) =>
          void move({ action: "approve", ...values }).then((done) => done && setApproving(false))
        }
      />
      <SendBackDialog
        posting={sendingBack ? posting : null}
        busy={busy("send_back")}
        onClose={() => setSendingBack(false)}
        onSendBack={(note) =>
          void move({ action: "send_back", note }).then((done) => done && setSendingBack(false))
        }
      />
    </Flex>
  );
}
