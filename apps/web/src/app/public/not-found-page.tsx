import { Result } from "antd";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t("common.notFoundTitle")}
      subTitle={t("common.notFoundText")}
      extra={
        <ButtonLink to="/" type="primary">
          {t("common.backHome")}
        </ButtonLink>
      }
    />
  );
}
