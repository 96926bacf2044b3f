import { PostingStatsTable } from "../../../features/job-postings/components/posting-stats-table.tsx";

/** 岗位统计: postings gathered per county and month. */
export function PostingStatsPage() {
  return <PostingStatsTable />;
}
