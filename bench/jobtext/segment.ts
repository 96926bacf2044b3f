/**
 * Segmentation speed and quality: segmentForIndex (jieba search mode + domain dictionary) against
 * Intl.Segmenter('zh', word) and against jieba without the domain dictionary, in the same run.
 * Run: node bench/jobtext/segment.ts. Writes bench/jobtext/results/segment.json and .md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSegmenter, initSegmenter, segmentForIndex, segmentQuery } from "@jiuye/jobtext/segment";
import { createGenerator, postingText } from "./postings.ts";

const POSTINGS = 5000;
const RUNS = 5;

const gen = createGenerator(42);
const docs = Array.from({ length: POSTINGS }, () => postingText(gen.posting()));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);

let t0 = performance.now();
initSegmenter();
const initMs = performance.now() - t0;
t0 = performance.now();
const plain = createSegmenter({ domainDictionary: false });
const plainInitMs = performance.now() - t0;
const intl = new Intl.Segmenter("zh", { granularity: "word" });

const candidates: Record<string, (text: string) => string[]> = {
  "segmentForIndex (jieba search mode + domain dictionary, cleaned)": segmentForIndex,
  "segmentQuery (jieba precise + domain dictionary, cleaned)": segmentQuery,
  "jieba cutForSearch, default dictionary, raw": (text) => plain.cutForSearch(text, true),
  "Intl.Segmenter('zh', word), word-like segments": (text) => {
    const out: string[] = [];
    for (const s of intl.segment(text)) if (s.isWordLike) out.push(s.segment);
    return out;
  },
};

const speed = Object.entries(candidates).map(([name, segment]) => {
  for (const d of docs.slice(0, 500)) segment(d); // warm up
  const runs: { ms: number; tokens: number }[] = [];
  for (let r = 0; r < RUNS; r++) {
    let tokens = 0;
    const start = performance.now();
    for (const d of docs) tokens += segment(d).length;
    runs.push({ ms: performance.now() - start, tokens });
  }
  runs.sort((a, b) => a.ms - b.ms);
  const median = runs[Math.floor(RUNS / 2)] as { ms: number; tokens: number };
  const row = {
    name,
    postingsPerSecond: Math.round(POSTINGS / (median.ms / 1000)),
    tokensPerSecond: Math.round(median.tokens / (median.ms / 1000)),
    megabytesPerSecond: Math.round((bytes / 1e6 / (median.ms / 1000)) * 10) / 10,
    tokensPerPosting: Math.round((median.tokens / POSTINGS) * 10) / 10,
  };
  console.log(JSON.stringify(row));
  return row;
});

const EXAMPLES = [
  "招聘钢筋工5名",
  "缴纳五险一金",
  "工作地点：昌吉市",
  "包吃住，月结",
  "奇台县老奇台镇",
  "招聘拾花工，按公斤计件",
  "纺织挡车工，三班倒",
  "养老护理员",
  "挖掘机司机，持证上岗",
  "外卖骑手，日结",
];
const intlWords = (text: string) => [...intl.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
const quality = EXAMPLES.map((text) => ({
  text,
  segmentForIndex: segmentForIndex(text),
  segmentQuery: segmentQuery(text),
  jiebaDefault: plain.cut(text, true),
  intl: intlWords(text),
}));
for (const q of quality) console.log(JSON.stringify(q));

const results = {
  when: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: os.cpus().length,
    load: os.loadavg().map((l) => Math.round(l * 100) / 100),
  },
  data: {
    postings: POSTINGS,
    megabytes: Math.round(bytes / 1e4) / 100,
    runs: RUNS,
    note: "median of the runs; one core",
  },
  initMs: { domain: Math.round(initMs), jiebaDefault: Math.round(plainInitMs) },
  speed,
  quality,
};
const dir = path.resolve(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "segment.json"), `${JSON.stringify(results, null, 2)}\n`);
const show = (tokens: string[]) => tokens.join(" / ");
writeFileSync(
  path.join(dir, "segment.md"),
  [
    "# Segmentation: jieba with the domain dictionary vs Intl.Segmenter",
    "",
    `${POSTINGS} synthetic postings (${results.data.megabytes} MB of UTF-8), median of ${RUNS} runs, one core. Node ${results.machine.node}, ${results.machine.cpus} cores, load average ${results.machine.load.join(" ")} at the end (other work was running on the machine: ratios matter more than absolute numbers). ${results.when}.`,
    "",
    `Start-up: jieba with the domain dictionary ${results.initMs.domain} ms (first use), jieba with its default dictionary only ${results.initMs.jiebaDefault} ms.`,
    "",
    "| segmenter | postings/s | tokens/s | MB/s | tokens per posting |",
    "|---|---|---|---|---|",
    ...speed.map(
      (s) =>
        `| ${s.name} | ${s.postingsPerSecond} | ${s.tokensPerSecond} | ${s.megabytesPerSecond} | ${s.tokensPerPosting} |`,
    ),
    "",
    "## Quality",
    "",
    "| text | segmentForIndex | segmentQuery | jieba, default dictionary (precise) | Intl.Segmenter |",
    "|---|---|---|---|---|",
    ...quality.map(
      (q) =>
        `| ${q.text} | ${show(q.segmentForIndex)} | ${show(q.segmentQuery)} | ${show(q.jiebaDefault)} | ${show(q.intl)} |`,
    ),
    "",
  ].join("\n"),
);
