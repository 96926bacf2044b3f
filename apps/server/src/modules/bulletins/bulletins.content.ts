/**
 * What a bulletin says, before any file format: the title, and sections of paragraphs and tables
 * built from the plan's progress on a day and the reports owed. Pure; the renderers lay it out as
 * .docx, .pdf and .xlsx. Bulletins are documents an office issues, so the text is Chinese.
 */
import type { planProgressSchema } from "@jiuye/contract/targets";
import type { z } from "zod";

type Progress = z.infer<typeof planProgressSchema>;
type Cell = NonNullable<Progress["rows"][number]["cells"][number]>;

export interface BulletinTable {
  columns: string[];
  rows: string[][];
}

export interface BulletinSection {
  heading: string;
  paragraphs: string[];
  table: BulletinTable | null;
}

export interface BulletinDocument {
  title: string;
  subtitle: string;
  sections: BulletinSection[];
}

/** Who owed the period's report, and how it stands. */
export interface ReportDue {
  reporter: string;
  missing: boolean;
  late: boolean;
}

export interface BulletinInput {
  kind: "weekly" | "monthly";
  /** `2026-W26` or `2026-06`. */
  period: string;
  progress: Progress;
  reports: { period: string; deadline: string; items: ReportDue[] };
}

const LIGHT_WORDS = { green: "达到序时进度", yellow: "略滞后", red: "滞后" } as const;
/** Marks in the county table: ahead, slightly behind, behind. */
const LIGHT_MARKS = { green: "▲", yellow: "■", red: "▼" } as const;

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const points = (share: number) => `${Math.abs(share * 100).toFixed(1)} 个百分点`;
const chineseDate = (iso: string) =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const list = (names: string[]) => (names.length > 0 ? names.join("、") : "无");

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("zh-CN") : String(Number(value.toFixed(2)));
}

/** A cell's target as written (2.32 万人), or `/` where the indicator does not apply. */
const targetText = (cell: Cell) => (cell.target.applicable ? cell.target.written : "/");

/** The actual value (or 未报), with the hires the platform confirmed beside it where it counts them. */
function actualText(cell: Cell, unit: string): string {
  const value = cell.actual ? `${formatNumber(cell.actual.value)}${unit === "%" ? "%" : ""}` : "未报";
  return cell.platform ? `${value}（平台录用 ${formatNumber(cell.platform.value)}）` : value;
}

function titleOf(input: BulletinInput): { title: string; subtitle: string } {
  const { plan, on } = input.progress;
  const name = plan.title;
  if (input.kind === "weekly") {
    const week = Number(input.period.slice(6));
    return {
      title: `${name}推进情况周通报（${input.period.slice(0, 4)}年第${week}周）`,
      subtitle: `截至${chineseDate(on)}`,
    };
  }
  const month = Number(input.period.slice(5, 7));
  return {
    title: `${name}完成情况月排名（${input.period.slice(0, 4)}年${month}月）`,
    subtitle: `截至${chineseDate(on)}`,
  };
}

function overall(progress: Progress): BulletinSection {
  const total = progress.rows.find((r) => r.total);
  const rows: string[][] = [];
  let ahead = 0;
  let behind = 0;
  progress.indicators.forEach((indicator, i) => {
    const cell = total?.cells[i];
    if (!cell?.target.applicable) return;
    if (cell.light === "green") ahead += 1;
    else if (cell.light) behind += 1;
    rows.push([
      indicator.name,
      targetText(cell),
      actualText(cell, indicator.unit),
      cell.completion === null ? "—" : percent(cell.completion),
      cell.timeProgress === null ? "—" : percent(cell.timeProgress),
      cell.light ? LIGHT_WORDS[cell.light] : "—",
    ]);
  });
  return {
    heading: "一、总体情况",
    paragraphs: [
      `截至${chineseDate(progress.on)}，全年序时进度为 ${percent(progress.timeProgress)}。` +
        (total
          ? `${total.region.name}的 ${rows.length} 项指标中，${ahead} 项达到或超过序时进度，${behind} 项滞后，${rows.length - ahead - behind} 项尚无完成数。`
          : "本计划没有汇总行。"),
    ],
    table: total ? { columns: ["指标", "目标", "完成", "完成率", "序时进度", "状态"], rows } : null,
  };
}

function byCounty(progress: Progress): BulletinSection {
  const counties = progress.rows.filter((r) => !r.total);
  const rows = progress.indicators.flatMap((indicator, i) => {
    const cells = counties.map((r) => r.cells[i] ?? null);
    if (cells.every((c) => c === null || !c.target.applicable)) return [];
    return [
      [
        indicator.name,
        ...cells.map((c) => {
          if (!c?.target.applicable) return "/";
          if (c.completion === null) return c.actual ? formatNumber(c.actual.value) : "未报";
          return `${percent(c.completion)}${c.light ? LIGHT_MARKS[c.light] : ""}`;
        }),
      ],
    ];
  });
  return {
    heading: "二、各县市（园区）完成情况",
    paragraphs: ["表中为完成率（率类指标为完成值）。▲ 达到或超过序时进度，■ 略滞后，▼ 滞后，/ 不适用。"],
    table: { columns: ["指标", ...counties.map((r) => r.label)], rows },
  };
}

function aheadAndBehind(progress: Progress): BulletinSection {
  const counties = progress.rows.filter((r) => !r.total);
  const paragraphs = progress.indicators.flatMap((indicator, i) => {
    const standing = counties.flatMap((r) => {
      const c = r.cells[i];
      return c?.light ? [{ label: r.label, cell: c }] : [];
    });
    if (standing.length === 0) return [];
    const ahead = standing.filter((s) => s.cell.light === "green").map((s) => s.label);
    const behind = standing
      .filter((s) => s.cell.light === "red" || s.cell.light === "yellow")
      .sort((a, b) => (a.cell.gap ?? 0) - (b.cell.gap ?? 0))
      .map((s) => (s.cell.gap === null ? s.label : `${s.label}（低于序时进度 ${points(s.cell.gap)}）`));
    return [`${indicator.name}：达到或超过序时进度的有 ${list(ahead)}；滞后的有 ${list(behind)}。`];
  });
  return {
    heading: "三、超序时与滞后",
    paragraphs: paragraphs.length > 0 ? paragraphs : ["本期尚无可比较的完成数。"],
    table: null,
  };
}

function ranking(progress: Progress): BulletinSection {
  const names = new Map(progress.indicators.map((i) => [i.code, i.name]));
  const byIndicator = progress.rankings.indicators.flatMap(({ indicator, items }) => {
    const ranked = items.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    if (ranked.length === 0) return [];
    return [
      `${names.get(indicator) ?? indicator}：${ranked.map((r) => `第${r.rank}名 ${r.region.name}`).join("，")}。`,
    ];
  });
  const unranked = progress.rankings.overall.every((r) => r.rank === null);
  return {
    heading: "四、排名",
    paragraphs: [
      ...byIndicator,
      `综合排名按各项指标超出或低于序时进度的加权平均计算，有缺报指标的不参加综合排名${unranked ? "（本期各县市均有缺报指标）" : ""}。`,
    ],
    table: {
      columns: ["名次", "县市（园区）", "较序时进度", "缺报指标"],
      rows: progress.rankings.overall.map((r) => [
        r.rank === null ? "—" : String(r.rank),
        r.region.name,
        r.score === null ? "—" : `${r.score >= 0 ? "+" : "−"}${points(r.score)}`,
        r.missing.map((code) => names.get(code) ?? code).join("、") || "—",
      ]),
    },
  };
}

function reporting(input: BulletinInput): BulletinSection {
  const { period, deadline, items } = input.reports;
  const owed = items.length;
  const missing = items.filter((i) => i.missing);
  const overdue = missing.filter((i) => i.late).map((i) => i.reporter);
  const lateIn = items.filter((i) => !i.missing && i.late).map((i) => i.reporter);
  return {
    heading: "五、数据报送情况",
    paragraphs: [
      `${period} 月报应于${chineseDate(deadline)}前报送，应报 ${owed} 家，已报 ${owed - missing.length} 家。` +
        `逾期未报：${list(overdue)}；逾期报送：${list(lateIn)}。`,
    ],
    table: null,
  };
}

/** The bulletin's text: headline completion, counties ahead and behind, rankings and late reporters. */
export function bulletinDocument(input: BulletinInput): BulletinDocument {
  return {
    ...titleOf(input),
    sections: [
      overall(input.progress),
      byCounty(input.progress),
      aheadAndBehind(input.progress),
      ranking(input.progress),
      reporting(input),
    ],
  };
}
