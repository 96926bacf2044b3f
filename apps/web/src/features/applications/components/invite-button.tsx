import { MailOutlined } from "@ant-design/icons";
import { App, Button, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../lib/api-client.ts";
import { useInvitePerson } from "../api/invite-person.ts";

/**
 * 邀请应聘: invites a recommended person to apply, then says what happened: invited now, invited
 * before, or not open to invitations.
 */
export function InviteButton({ postingId, personId }: { postingId: string; personId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invite = useInvitePerson();
  if (invite.isSuccess) {
    return (
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        {invite.data.created ? t("invitations.invitedTag") : t("invitations.alreadyInvited")}
      </Tag>
    );
  }
  if (
    invite.isError &&
    invite.error instanceof ApiError &&
    invite.error.code === "APPLICATIONS_NOT_INVITABLE"
  ) {
    return (
      <Tag color="default" style={{ marginInlineEnd: 0, whiteSpace: "normal" }}>
        {t("invitations.notInvitable")}
      </Tag>
    );
  }
  return (
    <>
      <Button
        size="small"
        icon={<MailOutlined />}
        loading={invite.isPending}
        onClick={() =>
          invite.mutate(
            { postingId, personId },
            {
              onSuccess: ({ created }) =>
                void message.success(t(created ? "invitations.invited" : "invitations.alreadyInvited")),
            },
          )
        }
      >
        {t("invitations.invite")}
      </Button>
      {invite.isError && (
        <div>
          <Tag color="red" style={{ marginInlineEnd: 0, whiteSpace: "normal", marginTop: 4 }}>
            {invite.error.message}
          </Tag>
        </div>
      )}
    </>
  );
}
