import type { Organisation } from "@jiuye/contract/organisations";
import { App, Button, Popconfirm, Table, type TableColumnsType, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { type OrganisationFilters, useOrganisations } from "../api/get-organisations.ts";
import { useVerifyOrganisation } from "../api/verify-organisation.ts";

interface OrganisationsTableProps {
  filters: OrganisationFilters;
  /** The caller may mark employers as verified against the business register. */
  canVerify: boolean;
}

/** Employers and agencies in the caller's jurisdiction; unverified ones are marked. */
export function OrganisationsTable({ filters, canVerify }: OrganisationsTableProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const organisations = useOrganisations(filters);
  const verify = useVerifyOrganisation();
  if (organisations.isError && !organisations.data) {
    return <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />;
  }

  const columns: TableColumnsType<Organisation> = [
    { title: t("organisations.name"), dataIndex: "name" },
    {
      title: t("organisations.kind"),
      dataIndex: "kind",
      render: (kind: Organisation["kind"]) => t(`organisations.kinds.${kind}`),
    },
    {
      title: t("organisations.creditCode"),
      dataIndex: "creditCode",
      render: (code: string | null) =>
        code ? <Typography.Text code>{code}</Typography.Text> : t("common.none"),
    },
    { title: t("organisations.region"), dataIndex: "regionName" },
    {
      title: t("users.status"),
      key: "verified",
      render: (_, organisation) =>
        organisation.verified ? (
          <Tag color="green">{t("organisations.verified")}</Tag>
        ) : (
          <>
            <Tag color="orange">{t("organisations.unverified")}</Tag>
            {canVerify && (
              <Popconfirm
                title={t("organisations.verifyConfirm")}
                onConfirm={() =>
                  verify.mutateAsync(organisation.id).then(
                    () => void message.success(t("organisations.verifiedDone")),
                    (error: unknown) =>
                      void message.error(error instanceof Error ? error.message : String(error)),
                  )
                }
              >
                <Button size="small" type="link">
                  {t("organisations.verify")}
                </Button>
              </Popconfirm>
            )}
          </>
        ),
    },
    {
      title: t("organisations.createdAt"),
      dataIndex: "createdAt",
      render: (at: string) => dayjs(at).format("YYYY-MM-DD"),
    },
  ];

  return (
    <>
      {organisations.isError && <ErrorAlert error={organisations.error} />}
      <Table<Organisation>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={organisations.data?.pages.flatMap((page) => page.items) ?? []}
        loading={organisations.isPending}
        pagination={false}
        scroll={{ x: 800 }}
      />
      {organisations.data && (
        <LoadMore
          hasMore={organisations.hasNextPage}
          loading={organisations.isFetchingNextPage}
          onLoadMore={() => void organisations.fetchNextPage()}
        />
      )}
    </>
  );
}
