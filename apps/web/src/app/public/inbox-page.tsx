import { useTranslation } from "react-i18next";
import { OwnInvitations } from "../../features/applications/components/own-invitations.tsx";
import { InboxList } from "../../features/inbox/components/inbox-list.tsx";
import { PushSettingsForm } from "../../features/push/components/push-settings-form.tsx";
import { SeekerPage } from "./seeker-page.tsx";

/** 消息: employers' invitations to answer, then the inbox, newest first. */
export function InboxPage() {
  const { t } = useTranslation();
  return (
    <SeekerPage title={t("me.inbox")} lead={t("inbox.lead")}>
      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t("invitations.title")}</h2>
        <p>{t("invitations.lead")}</p>
        <OwnInvitations />
      </section>
      <section aria-labelledby="messages-title">
        <h2 id="messages-title">{t("inbox.messages")}</h2>
        <InboxList />
      </section>
      <section aria-labelledby="push-settings-title">
        <h2 id="push-settings-title">{t("push.settingsTitle")}</h2>
        <PushSettingsForm />
      </section>
    </SeekerPage>
  );
}
