import type { Posting } from "@jiuye/contract/job-postings";
import { Drawer, Space, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageSpinner } from "../../components/page-spinner.tsx";
import { InviteButton } from "../../features/applications/components/invite-button.tsx";
import { PostingApplicants } from "../../features/applications/components/posting-applicants.tsx";
import { useManagedPosting } from "../../features/job-postings/api/get-posting.ts";
import {
  PostingActions,
  type PostingPowers,
} from "../../features/job-postings/components/posting-actions.tsx";
import { PostingDetail } from "../../features/job-postings/components/posting-detail.tsx";
import { StatusTag } from "../../features/job-postings/components/status-tag.tsx";
import { PostingCandidates } from "../../features/matching/components/posting-candidates.tsx";
import { useConsoleUser } from "./console-user.ts";

export const POSTING_TABS = ["details", "applicants", "candidates"] as const;
export type PostingTab = (typeof POSTING_TABS)[number];

interface PostingDrawerProps {
  postingId: string | null;
  /** The row that was clicked, shown while the full posting loads. */
  placeholder: Posting | undefined;
  powers: PostingPowers;
  tab: PostingTab;
  onTab: (tab: PostingTab) => void;
  onClose: () => void;
  onEdit: (posting: Posting) => void;
}

/**
 * One posting beside the list: its details and actions; for its side (the employer, the staff of its
 * region) once published, the applicants and the recommended candidates to invite.
 */
export function PostingDrawer({
  postingId,
  placeholder,
  powers,
  tab,
  onTab,
  onClose,
  onEdit,
}: PostingDrawerProps) {
  const { t } = useTranslation();
  const user = useConsoleUser();
  const open = useManagedPosting(postingId, placeholder);
  const posting = open.data;
  const everPublished = posting?.publishedAt != null;
  const canApplicants = powers.manage && everPublished;
  // Recommended candidates are for the posting's employer and the staff of its region.
  const canCandidates = canApplicants && (user.role === "employer" || user.role === "staff");
  const shown =
    (tab === "applicants" && canApplicants) || (tab === "candidates" && canCandidates) ? tab : "details";

  return (
    <Drawer
      open={postingId !== null}
      onClose={onClose}
      size={960}
      title={
        posting ? (
          <Space wrap>
            {posting.title}
            <StatusTag status={posting.status} />
          </Space>
        ) : (
          t("postings.details")
        )
      }
      footer={
        posting && (powers.manage || posting.status === "published") ? (
          <PostingActions posting={posting} powers={powers} onEdit={onEdit} />
        ) : null
      }
    >
      {open.isPending ? (
        <PageSpinner />
      ) : open.isError || !posting ? (
        <ErrorAlert error={open.error} onRetry={() => void open.refetch()} />
      ) : (
        <Tabs
          activeKey={shown}
          onChange={(key) => onTab(POSTING_TABS.find((known) => known === key) ?? "details")}
          items={[
            {
              key: "details",
              label: t("postingTabs.details"),
              children: <PostingDetail posting={posting} />,
            },
            ...(canApplicants
              ? [
                  {
                    key: "applicants",
                    label: t("postingTabs.applicants"),
                    children: <PostingApplicants postingId={posting.id} />,
                  },
                ]
              : []),
            ...(canCandidates
              ? [
                  {
                    key: "candidates",
                    label: t("postingTabs.candidates"),
                    children: (
                      <PostingCandidates
                        postingId={posting.id}
                        published={posting.status === "published"}
                        action={(candidate) => (
                          <InviteButton postingId={posting.id} personId={candidate.personId} />
                        )}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Drawer>
  );
}
