import type { DECISION_STATUSES } from "@jiuye/contract/applications";

/**
 * What people are told, in the platform's language: inbox messages are stored as written, so they
 * read the same on every channel.
 */

type Decision = (typeof DECISION_STATUSES)[number];

const DECISION_WORDS: Record<Decision, string> = {
  interview: "邀请您参加面试",
  offer: "向您发出了录用意向",
  hired: "确认录用您，您的就业状态已随之登记",
  rejected: "这次没有录用您，欢迎继续关注其他岗位",
};

export function decisionNotice(
  posting: { title: string; employerName: string },
  to: Decision,
  note: string | undefined,
): { title: string; body: string } {
  return {
    title: `应聘进展：${posting.title}`,
    body: `${posting.employerName}${DECISION_WORDS[to]}。${note ? `留言：${note}` : ""}`,
  };
}

export function invitationNotice(posting: { title: string; employerName: string; regionName: string }): {
  title: string;
  body: string;
} {
  return {
    title: `岗位邀请：${posting.title}`,
    body: `${posting.employerName}邀请您应聘“${posting.title}”（${posting.regionName}）。接受即投递申请，对方将看到您的手机号码；您也可以谢绝。`,
  };
}

/** The note on the person's status history when a hire through the platform records their employment. */
export function hireNote(posting: { title: string; employerName: string }): string {
  return `经平台岗位“${posting.title}”（${posting.employerName}）录用`;
}
