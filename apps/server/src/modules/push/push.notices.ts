import type { Match, MatchFactorName } from "@jiuye/contract/matching";

/**
 * What pushes say, in the platform's language: inbox messages are stored as written, so they read
 * the same on every channel. The postings themselves travel as ids beside the text.
 */

/** The page of the web app that turns pushes off with a message's token, without logging in. */
export const UNSUBSCRIBE_PAGE = "/push/unsubscribe";

export const unsubscribeLink = (token: string) => `${UNSUBSCRIBE_PAGE}?token=${encodeURIComponent(token)}`;

/** The factors a reason names when they fit, most telling first. */
const FITS: Partial<Record<MatchFactorName, string>> = {
  occupation: "职业对口",
  skills: "技能相符",
  distance: "离家近",
  pay: "薪酬达到期望",
  type: "用工形式合适",
  hours: "工时合适",
};

/** One line on why a posting fits: the first three factors that fit fully. */
export function reasonLine(match: Match): string {
  const fits = match.factors.flatMap((f) => {
    const word = FITS[f.factor];
    if (!word || f.fit !== "fits") return [];
    return [f.factor === "distance" && f.detail.desiredRegion ? "在您想去的地区" : word];
  });
  return fits.length > 0 ? fits.slice(0, 3).join("、") : "综合条件较为匹配";
}

interface PostingLine {
  title: string;
  employerName: string;
  regionName: string;
}

const line = (n: number, p: PostingLine) => `${n}. ${p.title}（${p.employerName}，${p.regionName}）`;

const FOOTER = "不想再收到推送，可点击消息中的退订链接，或在“推送设置”中关闭。";

export function dailyNotice(picks: { posting: PostingLine; match: Match }[]): {
  title: string;
  body: string;
} {
  return {
    title: `为您推荐${picks.length}个新岗位`,
    body: [
      "根据您的求职登记，今天为您找到以下岗位：",
      ...picks.map((p, i) => `${line(i + 1, p.posting)} ${p.match.score}分：${reasonLine(p.match)}`),
      FOOTER,
    ].join("\n"),
  };
}

export function groupNotice(sender: string, postings: PostingLine[]): { title: string; body: string } {
  return {
    title: `就业服务推荐：${postings.length}个岗位`,
    body: [`${sender}为您推荐以下岗位：`, ...postings.map((p, i) => line(i + 1, p)), FOOTER].join("\n"),
  };
}
