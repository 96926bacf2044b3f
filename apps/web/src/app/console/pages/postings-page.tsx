import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { POSTING_STATUSES, type Posting } from "@jiuye/contract/job-postings";
import { Alert, Flex, Space, Tabs } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ButtonLink } from "../../../components/button-link.tsx";
import type { PostingStatus } from "../../../features/job-postings/api/get-managed-postings.ts";
import type { PostingPowers } from "../../../features/job-postings/components/posting-actions.tsx";
import { PostingsTable } from "../../../features/job-postings/components/postings-table.tsx";
import { useConsoleUser } from "../console-user.ts";
import { POSTING_TABS, PostingDrawer } from "../posting-drawer.tsx";

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
          change({ posting: posting.id, tab: null });
        }}
      />
      <PostingDrawer
        postingId={openId}
        placeholder={clicked?.id === openId ? clicked : undefined}
        powers={powers}
        tab={POSTING_TABS.find((known) => known === params.get("tab")) ?? "details"}
        onTab={(next) => change({ tab: next === "details" ? null : next })}
        onClose={() => change({ posting: null, tab: null })}
        onEdit={(posting) => void navigate(`/console/postings/${posting.id}/edit`)}
      />
    </>
  );
}
