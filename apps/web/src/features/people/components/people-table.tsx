import type { PersonSummary } from "@jiuye/contract/people";
import { Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { type PeopleFilters, usePeople } from "../api/get-people.ts";
import { CheckStageTag, EmploymentStatusTag, FollowUpTag } from "./status-tags.tsx";

/** Columns every list of people shares: who, masked numbers, where, status. */
export function usePersonColumns(onOpen: (person: PersonSummary) => void): TableColumnsType<PersonSummary> {
  const { t } = useTranslation();
  return [
    {
      title: t("people.name"),
      dataIndex: "name",
      render: (name: string, person) => (
        <a
          href={`?person=${person.id}`}
          onClick={(event) => {
            event.preventDefault();
            onOpen(person);
          }}
        >
          {name}
        </a>
      ),
    },
    { title: t("people.idNumber"), dataIndex: "idNumberMasked" },
    {
      title: t("people.phone"),
      dataIndex: "phoneMasked",
      render: (phone: string | null) => phone ?? t("common.none"),
    },
    { title: t("people.age"), dataIndex: "age", width: 70 },
    { title: t("people.region"), dataIndex: "regionName" },
    {
      title: t("people.status"),
      dataIndex: "status",
      render: (status: PersonSummary["status"]) => <EmploymentStatusTag status={status} />,
    },
  ];
}

interface PeopleTableProps {
  filters: PeopleFilters;
  onOpen: (person: PersonSummary) => void;
}

/** The people in the caller's jurisdiction matching the filters, by name, a page at a time. */
export function PeopleTable({ filters, onOpen }: PeopleTableProps) {
  const { t } = useTranslation();
  const people = usePeople(filters);
  const columns = [
    ...usePersonColumns(onOpen),
    {
      title: t("people.followUp"),
      key: "followUp",
      render: (_: unknown, person: PersonSummary) => <FollowUpTag followUp={person.followUp} />,
    },
    {
      title: t("people.checkStage"),
      dataIndex: "checkStage",
      render: (stage: PersonSummary["checkStage"]) => <CheckStageTag stage={stage} />,
    },
  ];
  if (people.isError && !people.data) {
    return <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />;
  }
  return (
    <>
      {people.isError && <ErrorAlert error={people.error} />}
      <Table<PersonSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={people.data?.pages.flatMap((page) => page.items) ?? []}
        loading={people.isPending}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t("peopleConsole.empty") }}
        onRow={(person) => ({ onClick: () => onOpen(person), style: { cursor: "pointer" } })}
      />
      {people.data && (
        <LoadMore
          hasMore={people.hasNextPage}
          loading={people.isFetchingNextPage}
          onLoadMore={() => void people.fetchNextPage()}
        />
      )}
    </>
  );
}
