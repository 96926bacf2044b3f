import { Spin } from "antd";
import { useTranslation } from "react-i18next";

/** Shown while a page or its code is on its way. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div style={{ display: "grid", placeItems: "center", minHeight: "40vh" }}>
      <Spin description={t("common.loading")} />
    </div>
  );
}
