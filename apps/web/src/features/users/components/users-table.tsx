import type { Role } from "@jiuye/contract/route";
import type { User } from "@jiuye/contract/users";
import { App, Button, Popconfirm, Table, type TableColumnsType, Tag } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { useUsers } from "../api/get-users.ts";
import { useUnlockUser } from "../api/unlock-user.ts";

/** The accounts in the administrator's jurisdiction, optionally of one role; locked ones can be unlocked. */
export function UsersTable({ role }: { role: Role | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const users = useUsers(role);
  const unlock = useUnlockUser();
  if (users.isError && !users.data) {
    return <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />;
  }

  const columns: TableColumnsType<User> = [
    { title: t("users.username"), dataIndex: "username" },
    { title: t("users.displayName"), dataIndex: "displayName" },
    { title: t("users.role"), dataIndex: "role", render: (value: Role) => <Tag>{t(`roles.${value}`)}</Tag> },
    {
      title: t("users.region"),
      dataIndex: "regionName",
      render: (name: string | null) => name ?? t("console.allRegions"),
    },
    {
      title: t("users.organisation"),
      dataIndex: "organisationName",
      render: (name: string | null) => name ?? t("common.none"),
    },
    {
      title: t("users.status"),
      key: "status",
      render: (_, user) =>
        user.locked ? (
          <>
            <Tag color="red">{t("users.locked")}</Tag>
            <Popconfirm
              title={t("users.unlockConfirm")}
              onConfirm={() =>
                unlock.mutateAsync(user.id).then(
                  () => void message.success(t("users.unlocked")),
                  (error: unknown) =>
                    void message.error(error instanceof Error ? error.message : String(error)),
                )
              }
            >
              <Button size="small" type="link">
                {t("users.unlock")}
              </Button>
            </Popconfirm>
          </>
        ) : (
          <Tag color="green">{t("users.active")}</Tag>
        ),
    },
    {
      title: t("users.createdAt"),
      dataIndex: "createdAt",
      render: (at: string) => dayjs(at).format("YYYY-MM-DD"),
    },
  ];

  return (
    <>
      {users.isError && <ErrorAlert error={users.error} />}
      <Table<User>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={users.data?.pages.flatMap((page) => page.items) ?? []}
        loading={users.isPending}
        pagination={false}
        scroll={{ x: 800 }}
      />
      {users.data && (
        <LoadMore
          hasMore={users.hasNextPage}
          loading={users.isFetchingNextPage}
          onLoadMore={() => void users.fetchNextPage()}
        />
      )}
    </>
  );
}
