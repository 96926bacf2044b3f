import { EditOutlined, SendOutlined } from "@ant-design/icons";
import type { OwnApplication } from "@jiuye/contract/applications";
import { Alert, Button, Input, Typography } from "antd";
import dayjs from "dayjs";
import type { TFunction } from "i18next";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/button-link.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useApplyToPosting } from "../api/apply-to-posting.ts";
import { ApplicationStatusTag } from "./application-status-tag.tsx";
import "./applications.css";

interface Answer {
  application: OwnApplication;
  /** What to say about it: a new application, one submitted again, or one that stood already. */
  notice: "applied" | "reapplied" | "alreadyApplied";
}

/** Where one's application to this posting stands, with what the last tap did. */
function ApplicationStatus({
  application,
  notice,
}: {
  application: OwnApplication;
  notice?: Answer["notice"];
}) {
  const { t } = useTranslation();
  return (
    <div className="apply-status" aria-live="polite">
      {notice && (
        <Alert
          type={notice === "alreadyApplied" ? "info" : "success"}
          showIcon
          title={t(`applications.${notice}`)}
        />
      )}
      <div>
        {t("applications.yourApplication")}：<ApplicationStatusTag status={application.status} />
      </div>
      <Typography.Text type="secondary">
        {t("applications.appliedOn", { date: dayjs(application.createdAt).format("YYYY-MM-DD") })}
      </Typography.Text>
      <div>
        <ButtonLink to="/me/applications">{t("applications.viewMine")}</ButtonLink>
      </div>
    </div>
  );
}

function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code === "APPLICATIONS_POSTING_CLOSED")
    return t("applications.closed");
  if (error instanceof ApiError && error.code === "APPLICATIONS_NEEDS_PROFILE")
    return t("applications.needsProfile");
  return error instanceof Error ? error.message : String(error);
}

interface ApplyPanelProps {
  postingId: string;
  /** One's application to this posting as last loaded, if there is one. */
  application: OwnApplication | null;
}

/**
 * 一键应聘 for a registered job seeker: one tap sends their registry record, with a short note if
 * they open the field for one. Once applied, the application's status shows instead of the button.
 */
export function ApplyPanel({ postingId, application }: ApplyPanelProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const apply = useApplyToPosting();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState("");
  const current = answer?.application ?? application;

  if (current && current.status !== "withdrawn") {
    return <ApplicationStatus application={current} notice={answer?.notice} />;
  }

  function submit() {
    const wasWithdrawn = current?.status === "withdrawn";
    apply.mutate(
      { postingId, note: note.trim() || undefined },
      {
        onSuccess: ({ application: made, created }) =>
          setAnswer({
            application: made,
            notice: created
              ? "applied"
              : wasWithdrawn || made.history.at(-1)?.fromStatus === "withdrawn"
                ? "reapplied"
                : "alreadyApplied",
          }),
      },
    );
  }

  return (
    <div className="apply-status">
      {current && (
        <div>
          {t("applications.yourApplication")}：<ApplicationStatusTag status={current.status} />
        </div>
      )}
      {apply.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, apply.error)}
          action={
            apply.error instanceof ApiError &&
            apply.error.code === "APPLICATIONS_NEEDS_PROFILE" && (
              <ButtonLink to="/me/profile" size="small">
                {t("applications.registerProfile")}
              </ButtonLink>
            )
          }
        />
      )}
      <Button
        type="link"
        icon={<EditOutlined />}
        aria-expanded={noteOpen}
        aria-controls={noteId}
        onClick={() => setNoteOpen((open) => !open)}
        style={{ justifySelf: "start", paddingInline: 0 }}
      >
        {t("applications.addNote")}
      </Button>
      {noteOpen && (
        <Input.TextArea
          id={noteId}
          aria-label={t("applications.addNote")}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder={t("applications.notePlaceholder")}
          maxLength={500}
          showCount
          autoSize={{ minRows: 2, maxRows: 5 }}
        />
      )}
      <Button
        type="primary"
        size="large"
        icon={<SendOutlined />}
        block
        loading={apply.isPending}
        onClick={submit}
      >
        {current ? t("applications.applyAgain") : t("applications.apply")}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t("applications.applyConsent")}
      </Typography.Text>
    </div>
  );
}
