/**
 * The months a campaign runs in, from how a calendar writes them: `1月至3月`, `5至6月`, `4月、9月`,
 * `3月至5月和9月至11月`, `9月上旬`, `5月16日前后`. Within one calendar year; null when unreadable.
 */
const RANGE = /^(\d{1,2})月?(?:至|到|-|~)(\d{1,2})月/;
const SINGLE = /^(\d{1,2})月(?:\d{1,2}日)?(?:上旬|中旬|下旬|前后|左右|底|初)?$/;

export function parseMonths(text: string): number[] | null {
  const parts = text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .split(/和|、|,|;/);
  const months = new Set<number>();
  for (const part of parts) {
    const range = RANGE.exec(part);
    if (range && range[0] === part) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (!isMonth(from) || !isMonth(to) || to < from) return null;
      for (let m = from; m <= to; m++) months.add(m);
      continue;
    }
    const single = SINGLE.exec(part);
    const month = Number(single?.[1]);
    if (!single || !isMonth(month)) return null;
    months.add(month);
  }
  return [...months].sort((a, b) => a - b);
}

function isMonth(m: number): boolean {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}
