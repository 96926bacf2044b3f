import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ButtonLink } from "../../components/button-link.tsx";
import { useUnsubscribe } from "../../features/push/api/unsubscribe.ts";

/** The page a message's "不再接收推送" link opens: one tap turns pushes off, without logging in. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const unsubscribe = useUnsubscribe();
  const head = <title>{`${t("push.unsubscribeTitle")} - ${t("common.appName")}`}</title>;

  if (unsubscribe.isSuccess) {
    return (
      <>
        {head}
        <Result
          status="success"
          title={t("push.unsubscribed")}
          subTitle={t("push.unsubscribedHelp")}
          extra={<ButtonLink to="/me/inbox">{t("push.settingsLink")}</ButtonLink>}
        />
      </>
    );
  }
  return (
    <>
      {head}
      <Result
        status={unsubscribe.isError || !token ? "warning" : "info"}
        title={t("push.unsubscribeTitle")}
        subTitle={
          !token
            ? t("push.noToken")
            : unsubscribe.isError
              ? unsubscribe.error.message
              : t("push.unsubscribeHelp")
        }
        extra={
          token && (
            <Button type="primary" loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>
              {t("push.unsubscribeButton")}
            </Button>
          )
        }
      />
    </>
  );
}
