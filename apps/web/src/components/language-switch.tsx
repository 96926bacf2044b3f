import { GlobalOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useTranslation } from "react-i18next";

/** Switches between Chinese and English; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === "en" ? "zh-CN" : "en";
  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      title={t("common.language")}
      lang={next}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {next === "en" ? t("common.languages.en") : t("common.languages.zhCN")}
    </Button>
  );
}
