import { QueryClientProvider } from "@tanstack/react-query";
import { App, ConfigProvider } from "antd";
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
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  },
};

/** Data cache, Ant Design theme and locale (following the chosen language), and antd's message context. */
export function AppProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n.language) === "zh-CN" ? zhCN : enUS;
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={locale} theme={theme}>
        <App>{children}</App>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
