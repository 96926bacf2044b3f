import { groupFilterSchema, type PushRun } from "@jiuye/contract/push";
import type { PushRunRow } from "./push.repo.ts";

export function presentRun(row: PushRunRow): PushRun {
  return {
    id: row.id,
    kind: row.kind,
    runOn: row.run_on,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    regionCode: row.region_code,
    filter: row.filter === null ? null : groupFilterSchema.parse(row.filter),
    postingIds: row.posting_ids,
    createdByName: row.created_by_name,
    peopleConsidered: row.people_considered,
    messagesSent: row.messages_sent,
    messagesHeld: row.messages_held,
    postingsPushed: row.postings_pushed,
    skippedUnsubscribed: row.skipped_unsubscribed,
    skippedCapped: row.skipped_capped,
    skippedSentToday: row.skipped_sent_today,
  };
}
