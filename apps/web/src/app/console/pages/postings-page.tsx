import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { POSTING_STATUSES, type Posting } from "@jiuye/contract/job-postings";
import { Alert, Drawer, Flex, Space, Tabs } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ButtonLink } from "../../../components/button-link.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageSpinner } from "../../../components/page-spinner.tsx";
import type { PostingStatus } from "../../../features/job-postings/api/get-managed-postings.ts";
import { useManagedPosting } from "../../../features/job-postings/api/get-posting.ts";
import {
  PostingActions,
  type PostingPowers,
} from "../../../features/job-postings/components/posting-actions.tsx";
import { PostingDetail } from "../../../features/job-postings/components/posting-detail.tsx";
import { PostingsTable } from "../../../features/job-postings/components/postings-table.tsx";
import { StatusTag } from "../../../features/job-postings/components/status-tag.tsx";
import { useConsoleUser } from "../console-user.ts";

const ALL = "all";

/** 岗位管理: an employer's own postings, or the review queue of a jurisdiction, with each posting's details. */
export function PostingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useConsoleUser();
  const [params, setParams] = useSearchParams();
  const powers: PostingPowers = {
    manage: ["employer", "staff", "admin"].includes(user.role),
    review: user.role === "staff" || user.role === "admin",
  };
  // Reviewers start with their queue; employers with everything they have.
  const tab = params.get("status") ?? (powers.review ? "pending_review" : ALL);
  const status: PostingStatus | undefined = POSTING_STATUSES.find((known) => known === tab);
  const openId = params.get("posting");
  const [clicked, setClicked] = useState<Posting | null>(null);
  const open = useManagedPosting(openId, clicked?.id === openId ? clicked : undefined);

  function change(patch: Record<string, string | null>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  }

  return (
    <>
      {!powers.manage && (
        <Alert type="info" showIcon title={t("postings.readOnly")} style={{ marginBottom: 16 }} />
      )}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Tabs
          activeKey={status ?? ALL}
          onChange={(key) => change({ status: key })}
          items={[
            { key: ALL, label: t("postings.all") },
            ...POSTING_STATUSES.map((key) => ({ key, label: t(`postings.statuses.${key}`) })),
          ]}
          style={{ flex: 1, minWidth: 0 }}
        />
        {powers.manage && (
          <Space>
            {powers.review && (
              <ButtonLink to="/console/postings/import" icon={<UploadOutlined />}>
                {t("postings.import")}
              </ButtonLink>
            )}
            <ButtonLink to="/console/postings/new" type="primary" icon={<PlusOutlined />}>
              {t("postings.create")}
            </ButtonLink>
          </Space>
        )}
      </Flex>
      <PostingsTable
        status={status}
        onOpen={(posting) => {
          setClicked(posting);
          change({ posting: posting.id });
        }}
      />
      <Drawer
        open={openId !== null}
        onClose={() => change({ posting: null })}
        size={760}
        title={
          open.data ? (
            <Space wrap>
              {open.data.title}
              <StatusTag status={open.data.status} />
            </Space>
          ) : (
            t("postings.details")
          )
        }
        footer={
          open.data && (powers.manage || open.data.status === "published") ? (
            <PostingActions
              posting={open.data}
              powers={powers}
              onEdit={(posting) => void navigate(`/console/postings/${posting.id}/edit`)}
            />
          ) : null
        }
      >
        {open.isPending ? (
          <PageSpinner />
        ) : open.isError ? (
          <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />
        ) : (
          <PostingDetail posting={open.data} />
        )}
      </Drawer>
    </>
  );
}
