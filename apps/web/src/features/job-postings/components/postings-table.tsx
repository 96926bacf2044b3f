import { WarningFilled } from "@ant-design/icons";
import type { Posting } from "@jiuye/contract/job-postings";
import { Table, type TableColumnsType, Tooltip } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { LoadMore } from "../../../components/load-more.tsx";
import { VerifiedTag } from "../../../components/verified-tag.tsx";
import { formatPay } from "../../../lib/posting-format.ts";
import { type PostingStatus, useManagedPostings } from "../api/get-managed-postings.ts";
import { StatusTag } from "./status-tag.tsx";

/** A mark beside the status when the law check found something: red when forbidden, orange when to check. */
function FindingsMark({ findings }: { findings: Posting["findings"] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  const blocked = findings.some((finding) => finding.severity === "block");
  const label = `${t("postings.findings")}: ${t(blocked ? "postings.severity.block" : "postings.severity.warn")} × ${findings.length}`;
  return (
    <Tooltip title={label}>
      <WarningFilled
        role="img"
        aria-label={label}
        style={{ marginInlineStart: 6, color: blocked ? "#f5222d" : "#fa8c16" }}
      />
    </Tooltip>
  );
}

interface PostingsTableProps {
  status: PostingStatus | undefined;
  onOpen: (posting: Posting) => void;
}

/** The postings this person manages or reviews, most recently changed first; a row opens its details. */
export function PostingsTable({ status, onOpen }: PostingsTableProps) {
  const { t } = useTranslation();
  const postings = useManagedPostings(status);
  if (postings.isError && !postings.data) {
    return <ErrorAlert error={postings.error} onRetry={() => void postings.refetch()} />;
  }
  const columns: TableColumnsType<Posting> = [
    {
      title: t("postings.title"),
      dataIndex: "title",
      render: (title: string, posting) => (
        <a
          href={`?status=${status ?? ""}&posting=${posting.id}`}
          onClick={(event) => {
            event.preventDefault();
            onOpen(posting);
          }}
        >
          {title}
        </a>
      ),
    },
    {
      title: t("postings.employer"),
      key: "employer",
      render: (_, posting) => (
        <>
          {posting.employer.name} <VerifiedTag verified={posting.employer.verified} />
        </>
      ),
    },
    { title: t("postings.region"), dataIndex: "regionName" },
    { title: t("postings.pay"), key: "pay", render: (_, posting) => formatPay(t, posting) },
    {
      title: t("postings.status"),
      dataIndex: "status",
      render: (value: Posting["status"], posting) => (
        <>
          <StatusTag status={value} />
          <FindingsMark findings={posting.findings} />
        </>
      ),
    },
    {
      title: t("postings.updatedAt"),
      dataIndex: "updatedAt",
      render: (value: string) => dayjs(value).format("YYYY-MM-DD HH:mm"),
    },
  ];
  return (
    <>
      {postings.isError && <ErrorAlert error={postings.error} />}
      <Table<Posting>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={postings.data?.pages.flatMap((page) => page.items) ?? []}
        loading={postings.isPending}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t("postings.empty") }}
        onRow={(posting) => ({ onClick: () => onOpen(posting), style: { cursor: "pointer" } })}
      />
      {postings.data && (
        <LoadMore
          hasMore={postings.hasNextPage}
          loading={postings.isFetchingNextPage}
          onLoadMore={() => void postings.fetchNextPage()}
        />
      )}
    </>
  );
}
