import { PhoneOutlined } from "@ant-design/icons";
import type { PersonSummary } from "@jiuye/contract/people";
import { Button, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { type FollowUpFilters, useFollowUps } from "../api/get-follow-ups.ts";
import { usePersonColumns } from "./people-table.tsx";
import "./people.css";
import { FollowUpTag } from "./status-tags.tsx";

interface FollowUpTableProps {
  filters: FollowUpFilters;
  onOpen: (person: PersonSummary) => void;
  onContact: (person: PersonSummary) => void;
}

/** The follow-up worklist: people due or overdue for contact, most overdue first, red/yellow/green by cadence. */
export function FollowUpTable({ filters, onOpen, onContact }: FollowUpTableProps) {
  const { t } = useTranslation();
  const followUps = useFollowUps(filters);
  const personColumns = usePersonColumns(onOpen);
  const today = followUps.data?.pages[0]?.today;
  if (followUps.isError && !followUps.data) {
    return <ErrorAlert error={followUps.error} onRetry={() => void followUps.refetch()} />;
  }
  return (
    <>
      {followUps.isError && <ErrorAlert error={followUps.error} />}
      {today && (
        <Typography.Paragraph type="secondary">
          {t("peopleConsole.followUpsToday", { date: today })} · {t("peopleConsole.colourLegend")}
        </Typography.Paragraph>
      )}
      <Table<PersonSummary>
        rowKey="id"
        size="middle"
        columns={[
          {
            title: t("people.followUp"),
            key: "followUp",
            width: 120,
            render: (_, person) => <FollowUpTag followUp={person.followUp} today={today} />,
          },
          ...personColumns,
          { title: t("people.dueOn"), key: "dueOn", render: (_, person) => person.followUp.dueOn },
          {
            title: t("people.lastContact"),
            key: "lastContact",
            render: (_, person) => person.followUp.lastContactOn ?? t("common.none"),
          },
          {
            title: t("peopleConsole.actions"),
            key: "actions",
            fixed: "right",
            render: (_, person) => (
              <Button
                size="small"
                icon={<PhoneOutlined />}
                onClick={(event) => {
                  event.stopPropagation();
                  onContact(person);
                }}
              >
                {t("peopleConsole.recordContact")}
              </Button>
            ),
          },
        ]}
        dataSource={followUps.data?.pages.flatMap((page) => page.items) ?? []}
        loading={followUps.isPending}
        pagination={false}
        scroll={{ x: 1200 }}
        locale={{ emptyText: t("peopleConsole.followUpsEmpty") }}
        rowClassName={(person) => (person.followUp.overdue ? "follow-up-overdue" : "")}
      />
      {followUps.data && (
        <LoadMore
          hasMore={followUps.hasNextPage}
          loading={followUps.isFetchingNextPage}
          onLoadMore={() => void followUps.fetchNextPage()}
        />
      )}
    </>
  );
}
