import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/button-link.tsx";

/** For addresses that lead nowhere, in the public site and the console alike. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section style={{ padding: "48px 16px", textAlign: "center" }} aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("common.notFoundTitle")}</h1>
      <p>{t("common.notFoundText")}</p>
      <ButtonLink to="/" type="primary">
        {t("common.backHome")}
      </ButtonLink>
    </section>
  );
}
