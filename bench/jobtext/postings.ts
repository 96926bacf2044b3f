/**
 * Synthetic Chinese job postings for the jobtext benchmarks, deterministic for a seed: postings
 * of one occupation share phrasing (as real ads do), and a near-duplicate is the same posting
 * re-published by another source with small edits.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pick, type Random, rng } from "../lib/random.ts";
import {
  BENEFITS,
  EMPLOYER_KINDS,
  EMPLOYER_WORDS,
  EXTRA_SENTENCES,
  JOBS,
  type Job,
  REQUIREMENTS,
  ROADS,
  SURNAMES,
  TRADITIONAL,
} from "./postings-data.ts";

export { type Random, rng };

const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
function sample<T>(r: Random, list: readonly T[], n: number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

/** Counties and townships of 昌吉回族自治州 (652300) from the reference CSV. */
function changjiPlaces(): { county: string; towns: string[] }[] {
  const csv = readFileSync(
    path.resolve(import.meta.dirname, "../../apps/server/reference/admin_divisions_xinjiang_2023.csv"),
    "utf8",
  );
  const rows = csv
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(","));
  const counties = rows.filter((r) => r[2] === "3" && r[3] === "652300");
  return counties.map((c) => ({
    county: c[1] as string,
    towns: rows
      .filter((r) => r[3] === c[0] && /(?:镇|乡|街道)$/u.test(r[1] ?? ""))
      .map((r) => r[1] as string),
  }));
}

export interface Posting {
  title: string;
  /** Sentences of the description, in order (edits work on sentences). */
  sentences: string[];
  job: number;
  place: string;
}

export const postingText = (p: Posting) => `${p.title}\n${p.sentences.map((s) => `${s}。`).join("")}`;

const phone = (r: Random) =>
  `1${pick(r, ["3", "5", "8", "9"])}${String(int(r, 0, 999999999)).padStart(9, "0")}`;
const contact = (r: Random) =>
  `联系人：${pick(r, SURNAMES)}${pick(r, ["经理", "女士", "先生", "主管"])}，电话：${phone(r)}`;
const payLine = (job: Job, min: number, max: number) => `工资待遇：${min}-${max}元/${job.unit}`;

export function createGenerator(seed: number) {
  const r = rng(seed);
  const places = changjiPlaces().filter((p) => p.towns.length > 0);

  /** A place: a county of 昌吉州 and one of its townships. */
  const place = () => {
    const where = pick(r, places);
    return { county: where.county, town: pick(r, where.towns) };
  };

  /** A posting; `jobIndex` and `at` fix the occupation and town (for "different but alike" pairs). */
  function posting(jobIndex = int(r, 0, JOBS.length - 1), at = place()): Posting {
    const job = JOBS[jobIndex] as Job;
    const employer = `${at.county.replace(/[市县]$/u, "")}${pick(r, EMPLOYER_WORDS)}${pick(r, EMPLOYER_KINDS)}`;
    const title = pick(r, job.titles);
    const min = Math.round((job.pay[0] + r() * (job.pay[1] - job.pay[0]) * 0.4) / 10) * 10;
    const max = Math.round((min + (job.pay[1] - job.pay[0]) * (0.3 + r() * 0.4)) / 10) * 10;
    const sentences = [
      `${employer}因业务发展需要，现招聘${title}${int(r, 1, 20)}名`,
      `岗位职责：${sample(r, job.duties, int(r, 2, 4)).join("；")}`,
      `任职要求：${sample(r, REQUIREMENTS, int(r, 2, 4)).join("；")}`,
      payLine(job, min, max),
      `福利待遇：${sample(r, BENEFITS, int(r, 2, 5)).join("、")}`,
      `工作地点：${at.county}${at.town}${pick(r, ROADS)}${int(r, 1, 300)}号`,
      contact(r),
    ];
    return {
      title: `${pick(r, ["招聘", "急招", "诚聘", ""])}${title}`,
      sentences,
      job: jobIndex,
      place: `${at.county}${at.town}`,
    };
  }

  const EDITS = {
    reorder(p: Posting) {
      const s = p.sentences;
      const i = int(r, 1, s.length - 2);
      const j = int(r, 1, s.length - 2);
      [s[i], s[j]] = [s[j] as string, s[i] as string];
    },
    contact(p: Posting) {
      p.sentences[p.sentences.length - 1] = contact(r);
    },
    pay(p: Posting) {
      const i = p.sentences.findIndex((s) => s.startsWith("工资待遇"));
      const m = /(\d+)-(\d+)元\/(.)/u.exec(p.sentences[i] ?? "");
      if (i < 0 || !m) return;
      const [, lo, hi, unit] = m;
      p.sentences[i] = pick(r, [
        `薪资：${lo}至${hi}元每${unit}`,
        `${unit === "月" ? "月薪" : "日薪"}${lo}~${hi}元`,
        `工资${lo}元起，最高${hi}元/${unit}`,
        `待遇面议（${lo}-${hi}）`,
      ]);
    },
    add(p: Posting) {
      p.sentences.splice(int(r, 1, p.sentences.length), 0, pick(r, EXTRA_SENTENCES));
    },
    remove(p: Posting) {
      p.sentences.splice(int(r, 1, p.sentences.length - 2), 1);
    },
    punctuation(p: Posting) {
      p.sentences = p.sentences.map((s) =>
        s
          .replaceAll("，", pick(r, [",", " ", "， "]))
          .replaceAll("：", pick(r, [":", "： ", "】"]))
          .replaceAll("；", pick(r, [";", "\n", "、"])),
      );
      p.title = pick(r, [`【${p.title}】`, ` ${p.title} `, `${p.title}！`]);
    },
    traditional(p: Posting) {
      for (const [simplified, traditional] of sample(r, TRADITIONAL, int(r, 2, 4))) {
        p.sentences = p.sentences.map((s) => s.replaceAll(simplified, traditional));
      }
    },
  } satisfies Record<string, (p: Posting) => void>;

  /** The same posting re-published with 1–4 random edits (`edits` names them). */
  function republish(original: Posting): { posting: Posting; edits: string[] } {
    const copy: Posting = { ...original, sentences: [...original.sentences] };
    const names = sample(r, Object.keys(EDITS) as (keyof typeof EDITS)[], int(r, 1, 4));
    for (const name of names) EDITS[name](copy);
    return { posting: copy, edits: names };
  }

  return { posting, republish, place, random: r, jobs: JOBS.length };
}
