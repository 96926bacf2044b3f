import type { listZeroEmploymentHouseholds } from "@jiuye/contract/people";
import type { RouteResponse } from "@jiuye/contract/route";
import { Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { useZeroEmploymentHouseholds } from "../api/get-zero-employment-households.ts";
import { EmploymentStatusTag } from "./status-tags.tsx";

type Household = RouteResponse<typeof listZeroEmploymentHouseholds>["items"][number];

/** 零就业家庭 in the caller's jurisdiction, each with its members; a member's name opens their record. */
export function HouseholdsTable({ onOpenPerson }: { onOpenPerson: (personId: string) => void }) {
  const { t } = useTranslation();
  const households = useZeroEmploymentHouseholds();
  if (households.isError && !households.data) {
    return <ErrorAlert error={households.error} onRetry={() => void households.refetch()} />;
  }
  return (
    <>
      <Typography.Paragraph type="secondary">{t("peopleConsole.householdsLead")}</Typography.Paragraph>
      {households.isError && <ErrorAlert error={households.error} />}
      <Table<Household>
        rowKey="id"
        size="middle"
        columns={[
          { title: t("people.region"), dataIndex: "regionName", width: 220 },
          { title: t("peopleConsole.householdReference"), dataIndex: "reference", width: 160 },
          {
            title: t("peopleConsole.members"),
            key: "members",
            render: (_, household) => (
              <Space wrap size={[12, 4]}>
                {household.members.map((member) => (
                  <span key={member.id}>
                    <a
                      href={`?person=${member.id}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onOpenPerson(member.id);
                      }}
                    >
                      {member.name}
                    </a>{" "}
                    <Tag style={{ marginInlineEnd: 4 }}>{t("people.ageValue", { count: member.age })}</Tag>
                    <EmploymentStatusTag status={member.status} />
                  </span>
                ))}
              </Space>
            ),
          },
        ]}
        dataSource={households.data?.pages.flatMap((page) => page.items) ?? []}
        loading={households.isPending}
        pagination={false}
        locale={{ emptyText: t("peopleConsole.householdsEmpty") }}
      />
      {households.data && (
        <LoadMore
          hasMore={households.hasNextPage}
          loading={households.isFetchingNextPage}
          onLoadMore={() => void households.fetchNextPage()}
        />
      )}
    </>
  );
}
