import type { Candidate } from "@jiuye/contract/matching";
import { Alert, Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { usePostingCandidates } from "../api/get-posting-candidates.ts";
import { MatchExplanation } from "./match-explanation.tsx";
import { MatchScore } from "./match-score.tsx";

interface PostingCandidatesProps {
  postingId: string;
  /** Candidates are recommended for published postings only. */
  published: boolean;
  /** What can be done with a candidate (an invitation to apply). */
  action: (candidate: Candidate) => ReactNode;
}

/**
 * 推荐人选: people who chose to be recommended and fit a published posting best, masked (surname,
 * age, schooling, region, skills); a row opens the explanation of the score.
 */
export function PostingCandidates({ postingId, published, action }: PostingCandidatesProps) {
  const { t } = useTranslation();
  const candidates = usePostingCandidates(postingId, published);
  if (!published) return <Alert type="info" showIcon title={t("matching.candidatesNotPublished")} />;
  if (candidates.isError)
    return <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />;
  const none = t("common.none");
  const columns: TableColumnsType<Candidate> = [
    {
      title: t("matching.score"),
      dataIndex: "score",
      width: 90,
      render: (score: number) => <MatchScore score={score} />,
    },
    {
      title: t("matching.candidate"),
      key: "candidate",
      render: (_, candidate) => (
        <>
          <Typography.Text strong>{candidate.maskedName}</Typography.Text>
          <div>
            <Typography.Text type="secondary">
              {t("applications.ageValue", { count: candidate.age })}
              {" · "}
              {candidate.education ? t(`jobs.education.${candidate.education}`) : none}
              {" · "}
              {candidate.regionName}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: `${t("applications.skills")} / ${t("applications.certificates")}`,
      key: "qualifications",
      render: (_, candidate) =>
        candidate.skills.length + candidate.certificates.length === 0 ? (
          none
        ) : (
          <Flex wrap gap={4}>
            {candidate.skills.map((skill) => (
              <Tag key={`s-${skill}`} style={{ marginInlineEnd: 0 }}>
                {skill}
              </Tag>
            ))}
            {candidate.certificates.map((certificate) => (
              <Tag key={`c-${certificate}`} color="blue" style={{ marginInlineEnd: 0 }}>
                {certificate}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      title: t("applications.actions"),
      key: "action",
      width: 180,
      render: (_, candidate) => action(candidate),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t("matching.candidatesLead")}</Typography.Paragraph>
      <Table<Candidate>
        rowKey="personId"
        size="middle"
        columns={columns}
        dataSource={candidates.data ?? []}
        loading={candidates.isPending}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t("matching.candidatesEmpty") }}
        expandable={{
          expandedRowRender: (candidate) => <MatchExplanation match={candidate} />,
        }}
      />
    </>
  );
}
