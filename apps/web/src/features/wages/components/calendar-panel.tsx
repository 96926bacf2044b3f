import { App, Button, DatePicker, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { type CalendarDay, useSetCalendarDay, useWorkingCalendar } from "../api/wage-settings.ts";

/** The days of a year that differ from Monday–Friday; administrators add or remove them. */
export function CalendarPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const [day, setDay] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<CalendarDay["kind"]>("holiday");
  const [name, setName] = useState("");
  const calendar = useWorkingCalendar(year);
  const change = useSetCalendarDay();
  const failed = (error: unknown) =>
    void message.error(error instanceof Error ? error.message : String(error));
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap>
        <InputNumber value={year} min={2000} max={2100} onChange={(y) => y && setYear(y)} />
        {canEdit && (
          <>
            <DatePicker value={day} onChange={setDay} />
            <Select
              value={kind}
              onChange={setKind}
              style={{ width: 140 }}
              options={(["holiday", "workday"] as const).map((k) => ({
                value: k,
                label: t(`wages.dayKinds.${k}`),
              }))}
            />
            <Input
              placeholder={t("wages.dayName")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              style={{ width: 160 }}
            />
            <Button
              type="primary"
              disabled={!day}
              loading={change.isPending}
              onClick={() =>
                day &&
                change
                  .mutateAsync({ day: day.format("YYYY-MM-DD"), kind, name: name || null })
                  .then(() => setDay(null), failed)
              }
            >
              {t("wages.save")}
            </Button>
          </>
        )}
      </Space>
      {calendar.isError && <ErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />}
      <Table<CalendarDay>
        rowKey="day"
        size="small"
        loading={calendar.isPending}
        pagination={false}
        dataSource={calendar.data?.items ?? []}
        columns={[
          { title: t("wages.day"), dataIndex: "day", width: 140 },
          {
            title: t("wages.dayKind"),
            key: "kind",
            width: 140,
            render: (_, d) => (
              <Tag color={d.kind === "holiday" ? "red" : "blue"}>{t(`wages.dayKinds.${d.kind}`)}</Tag>
            ),
          },
          { title: t("wages.dayName"), dataIndex: "name", render: (n: string | null) => n ?? "—" },
          ...(canEdit
            ? [
                {
                  title: t("wages.actionsTitle"),
                  key: "remove",
                  width: 100,
                  render: (_: unknown, d: CalendarDay) => (
                    <Popconfirm
                      title={t("wages.dayRemoveConfirm")}
                      onConfirm={() => change.mutateAsync({ day: d.day, kind: null }).catch(failed)}
                    >
                      <Button size="small">{t("wages.dayRemove")}</Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
