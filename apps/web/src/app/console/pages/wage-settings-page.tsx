import { Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { CalendarPanel } from "../../../features/wages/components/calendar-panel.tsx";
import { ParametersPanel } from "../../../features/wages/components/parameters-panel.tsx";
import { useConsoleUser } from "../console-user.ts";

/** 预警规则设置: rule parameters by region and day, and the working calendar deadlines are counted on. */
export function WageSettingsPage() {
  const { t } = useTranslation();
  const user = useConsoleUser();
  return (
    <Tabs
      items={[
        { key: "parameters", label: t("wages.parametersTitle"), children: <ParametersPanel /> },
        {
          key: "calendar",
          label: t("wages.calendarTitle"),
          children: (
            <CalendarPanel canEdit={user.role === "admin" && /^\d{2}0000$/.test(user.regionCode ?? "")} />
          ),
        },
      ]}
    />
  );
}
