/**
 * Near-duplicate detection: MinHash + LSH banding against a brute-force exact Jaccard baseline,
 * on synthetic postings with labelled pairs. Run: node bench/jobtext/near-dup.ts [--quick]
 * Writes bench/jobtext/results/near-dup.json and .md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  createLshIndex,
  exactJaccard,
  jaccardEstimate,
  LSH_DEFAULTS,
  MINHASH_DEFAULTS,
  NEAR_DUPLICATE_JACCARD,
  shingleHashes,
  signatureOfShingles,
} from "@jiuye/jobtext/near-duplicate";
import { createGenerator, postingText } from "./postings.ts";
import { hamming, simhash64 } from "./simhash.ts";

const QUICK = process.argv.includes("--quick");
const SEED = 20261122;
const BASES = QUICK ? 300 : 1500;
const PAIRS = QUICK ? 200 : 600;
/** Where the package's defaults must reach ≥ 95% recall, and what the server keeps. */
const THRESHOLD = NEAR_DUPLICATE_JACCARD;
/** Recall of LSH candidates among brute-force pairs at or above each of these. */
const RECALL_AT = [0.5, 0.6, 0.7];
const CLASSIFY_AT = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const SHINGLE_SIZES = [2, 3, 4, 5];
const PERMUTATIONS = [64, 96, 128];
const BANDINGS: Record<number, [number, number][]> = {
  64: [
    [32, 2],
    [21, 3],
    [16, 4],
    [12, 5],
  ],
  96: [
    [32, 3],
    [24, 4],
    [19, 5],
    [16, 6],
  ],
  128: [
    [42, 3],
    [32, 4],
    [25, 5],
    [21, 6],
    [16, 8],
  ],
};

// ---- data: base postings, labelled near-duplicate pairs, labelled different-but-alike pairs ----
const gen = createGenerator(SEED);
const docs: string[] = [];
for (let i = 0; i < BASES; i++) docs.push(postingText(gen.posting()));
const nearPairs: { a: number; b: number; edits: string[] }[] = [];
for (let i = 0; i < PAIRS; i++) {
  const original = gen.posting();
  const { posting, edits } = gen.republish(original);
  docs.push(postingText(original), postingText(posting));
  nearPairs.push({ a: docs.length - 2, b: docs.length - 1, edits });
}
const differentPairs: { a: number; b: number }[] = [];
for (let i = 0; i < PAIRS; i++) {
  const job = Math.floor(gen.random() * gen.jobs);
  const at = gen.place();
  docs.push(postingText(gen.posting(job, at)), postingText(gen.posting(job, at)));
  differentPairs.push({ a: docs.length - 2, b: docs.length - 1 });
}
const meanChars = docs.reduce((n, d) => n + d.length, 0) / docs.length;
console.log(
  `${docs.length} postings (mean ${meanChars.toFixed(0)} characters), ${PAIRS} near-duplicate and ${PAIRS} different pairs`,
);

const pairKey = (a: number, b: number) => (a < b ? a * docs.length + b : b * docs.length + a);
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};
const median = (xs: number[]) => percentile(xs, 0.5);
/** Probability that a pair of Jaccard j shares at least one band: 1 − (1 − j^rows)^bands. */
const sCurve = (j: number, bands: number, rows: number) => 1 - (1 - j ** rows) ** bands;
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const timed = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
};

// Warm the JIT so the first configuration is not measured cold.
for (let i = 0; i < 3; i++) for (const d of docs.slice(0, 300)) signatureOfShingles(shingleHashes(d, 3), 128);

// ---- per shingle size: exact Jaccard of the labelled pairs and the brute-force all-pairs baseline ----
const shingleRows = [];
const configRows = [];
for (const k of SHINGLE_SIZES) {
  const [shingles, shingleMs] = timed(() => docs.map((d) => shingleHashes(d, k)));
  const nearJ = nearPairs.map((p) =>
    exactJaccard(shingles[p.a] as Uint32Array, shingles[p.b] as Uint32Array),
  );
  const diffJ = differentPairs.map((p) =>
    exactJaccard(shingles[p.a] as Uint32Array, shingles[p.b] as Uint32Array),
  );
  const [similar, bruteMs] = timed(() => {
    const found = new Map<number, number>();
    for (let a = 0; a < docs.length; a++) {
      for (let b = a + 1; b < docs.length; b++) {
        const j = exactJaccard(shingles[a] as Uint32Array, shingles[b] as Uint32Array);
        if (j >= Math.min(THRESHOLD, ...RECALL_AT)) found.set(pairKey(a, b), j);
      }
    }
    return found;
  });
  const truth = new Set([...similar].filter(([, j]) => j >= THRESHOLD).map(([key]) => key));
  const row = {
    shingleSize: k,
    nearDuplicateJaccard: {
      p5: round(percentile(nearJ, 0.05)),
      median: round(percentile(nearJ, 0.5)),
      min: round(Math.min(...nearJ)),
    },
    differentJaccard: {
      median: round(percentile(diffJ, 0.5)),
      p95: round(percentile(diffJ, 0.95)),
      max: round(Math.max(...diffJ)),
    },
    classify: CLASSIFY_AT.map((t) => ({
      threshold: t,
      nearDuplicates: round(nearJ.filter((j) => j >= t).length / nearJ.length),
      different: round(diffJ.filter((j) => j >= t).length / diffJ.length),
    })),
    bruteForcePairsAtThreshold: truth.size,
    bruteForceMs: Math.round(bruteMs),
    shinglesPerSecond: Math.round(docs.length / (shingleMs / 1000)),
  };
  shingleRows.push(row);
  console.log(JSON.stringify(row));

  for (const permutations of PERMUTATIONS) {
    const [signatures, signMs] = timed(() => shingles.map((s) => signatureOfShingles(s, permutations)));
    const endToEndMs = median(
      [0, 1, 2].map(
        () => timed(() => docs.map((d) => signatureOfShingles(shingleHashes(d, k), permutations)))[1],
      ),
    );
    const estimateError = nearPairs.concat(differentPairs.map((p) => ({ ...p, edits: [] }))).map((p) => {
      const exact = exactJaccard(shingles[p.a] as Uint32Array, shingles[p.b] as Uint32Array);
      return Math.abs(
        jaccardEstimate(signatures[p.a] as Uint32Array, signatures[p.b] as Uint32Array) - exact,
      );
    });
    for (const [bands, rows] of BANDINGS[permutations] ?? []) {
      const [candidatePairs, lshMs] = timed(() => {
        const index = createLshIndex<number>({ bands, rows });
        const pairs = new Set<number>();
        signatures.forEach((s, id) => {
          for (const other of index.candidates(s)) pairs.add(pairKey(id, other));
          index.add(id, s);
        });
        return pairs;
      });
      const isCandidate = (p: { a: number; b: number }) => candidatePairs.has(pairKey(p.a, p.b));
      const isKept = (p: { a: number; b: number }) =>
        jaccardEstimate(signatures[p.a] as Uint32Array, signatures[p.b] as Uint32Array) >= THRESHOLD;
      const recallAt = (t: number) => {
        const wanted = [...similar].filter(([, j]) => j >= t);
        return round(
          wanted.length === 0 ? 1 : wanted.filter(([key]) => candidatePairs.has(key)).length / wanted.length,
        );
      };
      // What the server keeps: a candidate whose estimate reaches the threshold.
      let kept = 0;
      let keptTrue = 0;
      for (const key of candidatePairs) {
        const a = Math.floor(key / docs.length);
        const b = key % docs.length;
        if (jaccardEstimate(signatures[a] as Uint32Array, signatures[b] as Uint32Array) >= THRESHOLD) {
          kept++;
          if (truth.has(key)) keptTrue++;
        }
      }
      const config = {
        shingleSize: k,
        permutations,
        bands,
        rows,
        sCurveThreshold: round((1 / bands) ** (1 / rows), 2),
        sCurveAt: Object.fromEntries(RECALL_AT.map((t) => [t, round(sCurve(t, bands, rows))])),
        recallLabelled: round(nearPairs.filter(isCandidate).length / nearPairs.length),
        recallAt: Object.fromEntries(RECALL_AT.map((t) => [t, recallAt(t)])),
        falseCandidateRate: round(differentPairs.filter(isCandidate).length / differentPairs.length),
        candidatePairsPerPosting: round((2 * candidatePairs.size) / docs.length, 2),
        keptRecall: round(truth.size === 0 ? 1 : keptTrue / truth.size),
        keptPrecision: round(kept === 0 ? 1 : keptTrue / kept),
        keptLabelled: round(nearPairs.filter((p) => isCandidate(p) && isKept(p)).length / nearPairs.length),
        keptDifferent: round(
          differentPairs.filter((p) => isCandidate(p) && isKept(p)).length / differentPairs.length,
        ),
        meanEstimateError: round(estimateError.reduce((x, y) => x + y, 0) / estimateError.length),
        signaturesPerSecond: Math.round(docs.length / (endToEndMs / 1000)),
        minhashOnlyPerSecond: Math.round(docs.length / (signMs / 1000)),
        lshMs: Math.round(lshMs),
      };
      configRows.push(config);
      console.log(JSON.stringify(config));
    }
  }
}

// ---- throughput, measured apart: rounds interleave the signature sizes so machine noise hits all alike ----
const throughputRounds: Record<number, number[]> = { 64: [], 96: [], 128: [] };
for (let round = 0; round < 7; round++) {
  for (const permutations of [64, 96, 128]) {
    const [, ms] = timed(() =>
      docs.map((d) => signatureOfShingles(shingleHashes(d, MINHASH_DEFAULTS.shingleSize), permutations)),
    );
    throughputRounds[permutations]?.push(ms);
  }
}
const defaultShingles = docs.map((d) => shingleHashes(d, MINHASH_DEFAULTS.shingleSize));
const [, bruteSampleMs] = timed(() => {
  for (let a = 0; a < 300; a++)
    for (let b = 0; b < docs.length; b++)
      exactJaccard(defaultShingles[a] as Uint32Array, defaultShingles[b] as Uint32Array);
});
const throughput = {
  shingleSize: MINHASH_DEFAULTS.shingleSize,
  signaturesPerSecond: Object.fromEntries(
    Object.entries(throughputRounds).map(([p, ms]) => [p, Math.round(docs.length / (median(ms) / 1000))]),
  ),
  exactJaccardPairsPerSecond: Math.round((300 * docs.length) / (bruteSampleMs / 1000)),
  loadAverage: (await import("node:os")).loadavg().map((l) => round(l, 2)),
};
console.log(JSON.stringify(throughput));

// ---- SimHash (64-bit) as an alternative classifier, on the default shingle size ----
const k = MINHASH_DEFAULTS.shingleSize;
const [hashes, simMs] = timed(() => docs.map((d) => simhash64(shingleHashes(d, k))));
const nearD = nearPairs.map((p) => hamming(hashes[p.a] as bigint, hashes[p.b] as bigint));
const diffD = differentPairs.map((p) => hamming(hashes[p.a] as bigint, hashes[p.b] as bigint));
const simhashRows = [3, 6, 9, 12, 15].map((maxDistance) => ({
  maxDistance,
  recallLabelled: round(nearD.filter((d) => d <= maxDistance).length / nearD.length),
  falseRate: round(diffD.filter((d) => d <= maxDistance).length / diffD.length),
}));
const simhash = {
  shingleSize: k,
  postingsPerSecond: Math.round(docs.length / (simMs / 1000)),
  nearDistance: { median: percentile(nearD, 0.5), p95: percentile(nearD, 0.95) },
  differentDistance: { p5: percentile(diffD, 0.05), median: percentile(diffD, 0.5) },
  thresholds: simhashRows,
};
console.log(JSON.stringify(simhash));

// ---- results ----
const byEdit: Record<string, { pairs: number; recall: number; meanJaccard: number }> = {};
{
  const sh = docs.map((d) => shingleHashes(d, k));
  const sig = sh.map((s) => signatureOfShingles(s, MINHASH_DEFAULTS.permutations));
  const index = createLshIndex<number>(LSH_DEFAULTS);
  sig.forEach((s, id) => {
    index.add(id, s);
  });
  for (const p of nearPairs) {
    for (const edit of p.edits) {
      const entry = byEdit[edit] ?? { pairs: 0, recall: 0, meanJaccard: 0 };
      entry.pairs++;
      entry.recall += index.candidates(sig[p.a] as Uint32Array).includes(p.b) ? 1 : 0;
      entry.meanJaccard += exactJaccard(sh[p.a] as Uint32Array, sh[p.b] as Uint32Array);
      byEdit[edit] = entry;
    }
  }
  for (const e of Object.values(byEdit)) {
    e.recall = round(e.recall / e.pairs);
    e.meanJaccard = round(e.meanJaccard / e.pairs);
  }
}
const results = {
  when: new Date().toISOString(),
  machine: { node: process.version, cpus: (await import("node:os")).cpus().length },
  data: {
    postings: docs.length,
    meanCharacters: Math.round(meanChars),
    nearDuplicatePairs: PAIRS,
    differentPairs: PAIRS,
    seed: SEED,
  },
  threshold: THRESHOLD,
  defaults: { ...MINHASH_DEFAULTS, ...LSH_DEFAULTS },
  shingleSizes: shingleRows,
  configurations: configRows,
  defaultsByEdit: byEdit,
  simhash,
  throughput,
};
const dir = path.resolve(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
writeFileSync(
  path.join(dir, `near-dup${QUICK ? ".quick" : ""}.json`),
  `${JSON.stringify(results, null, 2)}\n`,
);
writeFileSync(path.join(dir, `near-dup${QUICK ? ".quick" : ""}.md`), markdown(results));

function pct(x: number | undefined): string {
  return x === undefined ? "?" : `${Math.round(x * 1000) / 10}%`;
}

function decision(r: typeof results): string[] {
  const d = r.defaults;
  const c = r.configurations.find(
    (x) =>
      x.shingleSize === d.shingleSize &&
      x.permutations === d.permutations &&
      x.bands === d.bands &&
      x.rows === d.rows,
  );
  if (!c) return [];
  return [
    "",
    `With them: ${pct(c.recallLabelled)} of the labelled near-duplicate pairs and ${pct(c.recallAt[0.5])} of all brute-force pairs with Jaccard ≥ 0.5 are LSH candidates (the S-curve gives ${pct(c.sCurveAt[0.6])} at 0.6 and ${pct(c.sCurveAt[0.7])} at 0.7); ${pct(c.falseCandidateRate)} of the labelled different pairs are candidates, and ${pct(c.keptDifferent)} of them pass the estimate check. ${pct(c.keptLabelled)} of the labelled near-duplicates end up merged.`,
  ];
}

function markdown(r: typeof results): string {
  const d = r.defaults;
  const lines = [
    "# Near-duplicate postings: MinHash + LSH vs brute-force Jaccard",
    "",
    `${r.data.postings} synthetic postings (mean ${r.data.meanCharacters} characters), ${r.data.nearDuplicatePairs} labelled near-duplicate pairs (1–4 edits: reorder, contact, pay, add/remove a sentence, punctuation, traditional characters), ${r.data.differentPairs} labelled different pairs (same occupation and town, other employer and text). Node ${r.machine.node}, ${r.machine.cpus} cores, ${r.when}. Threshold: Jaccard ≥ ${r.threshold}.`,
    "",
    `**Defaults:** shingles of ${d.shingleSize} characters, ${d.permutations} permutations, ${d.bands} bands × ${d.rows} rows; two postings are near-duplicates at an estimated Jaccard ≥ ${r.threshold}.`,
    ...decision(r),
    "",
    `**Throughput** (normalise + shingle + MinHash, one core, median of 7 interleaved rounds, load average ${r.throughput.loadAverage.join(" ")} — other work shared the 2 cores, so treat absolute numbers as lower bounds): ${Object.entries(
      r.throughput.signaturesPerSecond,
    )
      .map(([p, n]) => `${p} permutations ${n} signatures/s`)
      .join(
        ", ",
      )}. Brute-force exact Jaccard: ${r.throughput.exactJaccardPairsPerSecond} pairs/s, i.e. all pairs of 200,000 postings would take ${Math.round((2e5 * 2e5) / 2 / r.throughput.exactJaccardPairsPerSecond / 3600)} hours; the configuration columns below have a signatures/s figure per row, measured once and noisier.`,
    "",
    "## Exact Jaccard by shingle size (brute force)",
    "",
    "| k | near-dup p5 / median / min | different median / p95 / max | all pairs ≥ threshold | brute force ms | shingled/s |",
    "|---|---|---|---|---|---|",
    ...r.shingleSizes.map(
      (s) =>
        `| ${s.shingleSize} | ${s.nearDuplicateJaccard.p5} / ${s.nearDuplicateJaccard.median} / ${s.nearDuplicateJaccard.min} | ${s.differentJaccard.median} / ${s.differentJaccard.p95} / ${s.differentJaccard.max} | ${s.bruteForcePairsAtThreshold} | ${s.bruteForceMs} | ${s.shinglesPerSecond} |`,
    ),
    "",
    "Share of labelled near-duplicate / different pairs whose exact Jaccard reaches t:",
    "",
    `| k | ${CLASSIFY_AT.map((t) => `t=${t}`).join(" | ")} |`,
    `|---|${CLASSIFY_AT.map(() => "---").join("|")}|`,
    ...r.shingleSizes.map(
      (s) =>
        `| ${s.shingleSize} | ${s.classify.map((c) => `${c.nearDuplicates} / ${c.different}`).join(" | ")} |`,
    ),
    "",
    "## LSH configurations",
    "",
    `S-curve t ≈ (1/bands)^(1/rows), where P(candidate) = 1 − (1 − J^rows)^bands crosses ½; P(cand.): that probability at the given Jaccard. recall labelled: labelled near-duplicate pairs that are LSH candidates; recall ≥ x: brute-force pairs (all ${r.data.postings} postings) with exact Jaccard ≥ x that are candidates; false cand.: labelled different pairs that are candidates; kept: candidates whose estimate ≥ ${r.threshold} (what the server merges), against the brute-force pairs ≥ ${r.threshold}, and as a share of the labelled near-duplicate and different pairs; signatures/s: normalise + shingle + MinHash, one core.`,
    "",
    `| k | perms | bands×rows | S-curve t | P(cand.) at ${RECALL_AT.join(" / ")} | recall labelled | ${RECALL_AT.map((t) => `recall ≥ ${t}`).join(" | ")} | false cand. | cand./posting | kept recall | kept precision | kept labelled | kept different | mean est. error | signatures/s |`,
    `|---|---|---|---|---|---|${RECALL_AT.map(() => "---").join("|")}|---|---|---|---|---|---|---|---|`,
    ...r.configurations.map(
      (c) =>
        `| ${c.shingleSize} | ${c.permutations} | ${c.bands}×${c.rows} | ${c.sCurveThreshold} | ${RECALL_AT.map((t) => c.sCurveAt[t]).join(" / ")} | ${c.recallLabelled} | ${RECALL_AT.map((t) => c.recallAt[t]).join(" | ")} | ${c.falseCandidateRate} | ${c.candidatePairsPerPosting} | ${c.keptRecall} | ${c.keptPrecision} | ${c.keptLabelled} | ${c.keptDifferent} | ${c.meanEstimateError} | ${c.signaturesPerSecond} |`,
    ),
    "",
    "## Defaults, by edit (a pair counts under each of its edits)",
    "",
    "| edit | pairs | recall | mean Jaccard |",
    "|---|---|---|---|",
    ...Object.entries(r.defaultsByEdit).map(
      ([e, v]) => `| ${e} | ${v.pairs} | ${v.recall} | ${v.meanJaccard} |`,
    ),
    "",
    `## SimHash (64-bit, ${r.simhash.shingleSize}-character shingles): ${r.simhash.postingsPerSecond} postings/s`,
    "",
    `Hamming distance of near-duplicates: median ${r.simhash.nearDistance.median}, p95 ${r.simhash.nearDistance.p95}; of different pairs: p5 ${r.simhash.differentDistance.p5}, median ${r.simhash.differentDistance.median}.`,
    "",
    "| max distance | recall labelled | false rate |",
    "|---|---|---|",
    ...r.simhash.thresholds.map((t) => `| ${t.maxDistance} | ${t.recallLabelled} | ${t.falseRate} |`),
    "",
  ];
  return lines.join("\n");
}
