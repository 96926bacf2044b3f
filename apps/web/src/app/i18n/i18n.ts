import "dayjs/locale/zh-cn";
import dayjs from "dayjs";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { zhCN } from "./zh-CN.ts";

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "jiuye.language";

function isLanguage(value: string | null | undefined): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

/** The active language, narrowed to one the platform has labels for. */
export function currentLanguage(language: string): Language {
  return isLanguage(language) ? language : "zh-CN";
}

function applyLanguage(language: string): void {
  const active = currentLanguage(language);
  document.documentElement.lang = active;
  dayjs.locale(active === "zh-CN" ? "zh-cn" : "en");
  try {
    localStorage.setItem(STORAGE_KEY, active);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

i18next.on("languageChanged", applyLanguage);

void i18next.use(initReactI18next).init({
  resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "zh-CN",
  initAsync: false,
  interpolation: { escapeValue: false },
});
