import { QueryClientProvider } from "@tanstack/react-query";
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "./i18n/i18n.ts";
import { queryClient } from "./query-client.ts";

const theme = {
  token: {
    colorPrimary: "#0b5cad",
    borderRadius: 8,
  },
};

/** Data cache, and Ant Design's theme and locale (following the chosen language). */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n.language) === "zh-CN" ? zhCN : enUS;
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={locale} theme={theme}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
