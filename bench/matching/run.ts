/**
 * Matching benchmark (issue 4): the daily push for M active seekers over N published postings (top
 * 20 each), and its recall against brute force: a sample of seekers scored against every posting
 * in memory, whose top 20 the fast path (SQL candidate retrieval, then scoring) should find.
 *
 *   node --max-old-space-size=8192 bench/matching/run.ts --postings 1000000 --seekers 100000 \
 *     --engines postgres [--sample 200] [--no-push]
 *
 * PostgreSQL needs DATABASE_URL (a private schema is made and dropped). Results go to
 * bench/matching/results/<N>x<M>.json and .md; a run of one engine keeps the other's results.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { personFeatures, postingFeatures } from "@jiuye/matching/features";
import { scoreFeatures } from "@jiuye/matching/score";
import { sql } from "kysely";
import pg from "pg";
import { connectDatabase, type DatabaseHandle } from "../../apps/server/src/db/connect.ts";
import { migrateToLatest } from "../../apps/server/src/db/migrate.ts";
import { fixedClock, todayInChina } from "../../apps/server/src/lib/clock.ts";
import { SEEKER_CHANNELS } from "../../apps/server/src/modules/inbox/inbox.service.ts";
import { findMatchesForPeople } from "../../apps/server/src/modules/matching/matching.service.ts";
import { PUSH_BATCH, runDailyPush } from "../../apps/server/src/modules/push/push.daily.ts";
import { activeSeekersQuery } from "../../apps/server/src/modules/push/push.repo.ts";
import { openPlatform } from "../../apps/server/src/platform.ts";
import { testConfig } from "../../apps/server/src/testing/app.ts";
import { generatePostings } from "../jobs/generate.ts";
import { rng } from "../lib/random.ts";
import { type LoadedPosting, loadPostings, loadSeekers } from "./load.ts";
import { type GeneratedSeeker, generateSeekers } from "./seekers.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const postingCount = Number(arg("--postings", "1000000"));
const seekerCount = Number(arg("--seekers", "100000"));
const engines = arg("--engines", process.env.DATABASE_URL ? "postgres" : "pglite").split(",");
const sampleSize = Number(arg("--sample", "200"));
const withPush = !process.argv.includes("--no-push");
const TOP = 20;
// 09:30 China time on a working day; postings were published over the 30 days before.
const clock = fixedClock("2026-12-01T01:30:00Z");
const DAYS = 30;
const resultsDir = path.resolve(import.meta.dirname, "results");

const seconds = (ms: number) => Math.round(ms) / 1000;
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function openEngine(engine: string): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  if (engine === "postgres") {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is needed for the postgres engine");
    const schema = `bench_matching_${Date.now()}`;
    const handle = await connectDatabase({ url, schema, poolSize: 4 });
    return {
      handle,
      cleanup: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "bench-matching-"));
  const handle = await connectDatabase({ dataDir: dir });
  return { handle, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

interface Ranked {
  id: string;
  score: number;
  at: number;
}

/** The fast path's order: score, then newer, then id. */
const before = (a: Ranked, b: Ranked) =>
  a.score > b.score || (a.score === b.score && (a.at > b.at || (a.at === b.at && a.id < b.id)));

/** Brute force: the sample's top 20 over every posting, scored in memory. */
function bruteForce(postings: LoadedPosting[], sample: GeneratedSeeker[]) {
  const started = performance.now();
  const features = postings.map((p) => ({
    id: p.id,
    at: p.publishedAt.getTime(),
    pf: postingFeatures(p.posting),
  }));
  const featuresMs = performance.now() - started;
  const tops = new Map<string, Ranked[]>();
  for (const seeker of sample) {
    const sf = personFeatures(seeker.person);
    const top: Ranked[] = [];
    for (const { id, at, pf } of features) {
      const candidate = { id, at, score: scoreFeatures(pf, sf).score };
      if (top.length === TOP && !before(candidate, top[TOP - 1] as Ranked)) continue;
      let i = top.length;
      while (i > 0 && before(candidate, top[i - 1] as Ranked)) i--;
      top.splice(i, 0, candidate);
      if (top.length > TOP) top.pop();
    }
    tops.set(seeker.id, top);
  }
  const ms = performance.now() - started;
  return {
    tops,
    seconds: seconds(ms),
    featureSeconds: seconds(featuresMs),
    pairs: postings.length * sample.length,
  };
}

/** Retrieval and scoring of the top 20 for every active seeker, batch by batch as the daily push reads them. */
async function fastPath(deps: Parameters<typeof findMatchesForPeople>[0], sampleIds: Set<string>) {
  const started = performance.now();
  const tops = new Map<string, Ranked[]>();
  const graduateYear = Number(todayInChina(clock.now()).slice(0, 4));
  let after: { regionCode: string; id: string } | null = null;
  let people = 0;
  for (;;) {
    const rows = await activeSeekersQuery(deps.db, { graduateYear, after, limit: PUSH_BATCH }).execute();
    const last = rows.at(-1);
    if (!last) break;
    const found = await findMatchesForPeople(deps, { people: rows, limit: TOP });
    for (const [id, matches] of found)
      if (sampleIds.has(id))
        tops.set(
          id,
          matches.map((m) => ({
            id: m.posting.id,
            score: m.match.score,
            at: m.posting.published_at?.getTime() ?? 0,
          })),
        );
    people += rows.length;
    after = { regionCode: last.region_code, id: last.id };
    process.stderr.write(`\r  fast path: ${people} seekers, ${seconds(performance.now() - started)} s`);
  }
  process.stderr.write("\n");
  const ms = performance.now() - started;
  return { tops, people, seconds: seconds(ms), seekersPerSecond: Math.round(people / (ms / 1000)) };
}

/** Strict: brute force's top-20 postings the fast path found. With ties: fast-path postings scoring at least brute force's 20th. */
function recall(brute: Map<string, Ranked[]>, fast: Map<string, Ranked[]>) {
  const strict: number[] = [];
  const ties: number[] = [];
  let scoreMismatches = 0;
  for (const [id, best] of brute) {
    const found = fast.get(id) ?? [];
    const scores = new Map(best.map((b) => [b.id, b.score]));
    for (const f of found) if (scores.has(f.id) && scores.get(f.id) !== f.score) scoreMismatches++;
    const bar = best.at(-1)?.score ?? 0;
    strict.push(best.length === 0 ? 1 : found.filter((f) => scores.has(f.id)).length / best.length);
    ties.push(
      best.length === 0 ? 1 : Math.min(best.length, found.filter((f) => f.score >= bar).length) / best.length,
    );
  }
  const summary = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { mean: round(mean(xs)), p5: round(percentile(sorted, 5)), min: round(sorted[0] ?? Number.NaN) };
  };
  return { strict: summary(strict), withTies: summary(ties), scoreMismatches };
}

async function runEngine(
  engine: string,
  postings: ReturnType<typeof generatePostings>,
  seekers: GeneratedSeeker[],
) {
  const { handle, cleanup } = await openEngine(engine);
  try {
    await migrateToLatest(handle.db, handle.schema);
    const platform = await openPlatform(testConfig(), {
      clock,
      database: { ...handle, close: async () => {} },
    });
    const deps = platform.deps;
    const loadStarted = performance.now();
    const loaded = await loadPostings(handle, deps, postings, {
      now: clock.now(),
      days: DAYS,
      random: rng(5),
    });
    const postingsLoadedMs = performance.now() - loadStarted;
    await loadSeekers(handle, seekers, todayInChina(clock.now()));
    await sql`analyze`.execute(handle.db);
    const loadMs = performance.now() - loadStarted;
    console.error(`${engine}: loaded in ${seconds(loadMs)} s (postings ${seconds(postingsLoadedMs)} s)`);

    const r = rng(3);
    const picked = new Set<number>();
    while (picked.size < Math.min(sampleSize, seekers.length)) picked.add(Math.floor(r() * seekers.length));
    const sample = [...picked].map((i) => seekers[i] as GeneratedSeeker);
    const fast = await fastPath(deps, new Set(sample.map((s) => s.id)));
    console.error(`${engine}: fast path ${fast.seconds} s for ${fast.people} seekers`);
    const brute = bruteForce(loaded, sample);
    console.error(`${engine}: brute force ${brute.seconds} s for ${brute.pairs} pairs`);
    let push: {
      seconds: number;
      seekersPerSecond: number;
      peopleConsidered: number;
      messagesSent: number;
      messagesHeld: number;
      postingsPushed: number;
    } | null = null;
    if (withPush) {
      const started = performance.now();
      const counts = await runDailyPush({ ...deps, secret: testConfig().secret, channels: SEEKER_CHANNELS });
      const ms = performance.now() - started;
      push = {
        seconds: seconds(ms),
        seekersPerSecond: Math.round(counts.peopleConsidered / (ms / 1000)),
        peopleConsidered: counts.peopleConsidered,
        messagesSent: counts.messagesSent,
        messagesHeld: counts.messagesHeld,
        postingsPushed: counts.postingsPushed,
      };
      console.error(`${engine}: daily push with inbox writes ${push.seconds} s`);
    }
    await platform.close();
    return {
      engine,
      date: new Date().toISOString(),
      loadAverage: loadavg().map((l) => round(l, 2)),
      load: { seconds: seconds(loadMs), postingsSeconds: seconds(postingsLoadedMs) },
      fastPath: { seconds: fast.seconds, seekers: fast.people, seekersPerSecond: fast.seekersPerSecond },
      push,
      bruteForce: {
        sample: sample.length,
        seconds: brute.seconds,
        featureSeconds: brute.featureSeconds,
        pairs: brute.pairs,
      },
      recall: recall(brute.tops, fast.tops),
    };
  } finally {
    await handle.close();
    await cleanup();
  }
}

const started = performance.now();
const postings = generatePostings(postingCount);
const seekers = generateSeekers(seekerCount, Number(todayInChina(clock.now()).slice(0, 4)));
console.error(
  `generated ${postingCount} postings and ${seekerCount} seekers in ${seconds(performance.now() - started)} s`,
);
const fresh = [];
for (const engine of engines) fresh.push(await runEngine(engine, postings, seekers));

mkdirSync(resultsDir, { recursive: true });
const machine = { node: process.version, cpus: cpus().length };
const name = `${postingCount}x${seekerCount}`;
const file = path.join(resultsDir, `${name}.json`);
const earlier: typeof fresh = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).results : [];
const results = [...earlier.filter((r) => !engines.includes(r.engine)), ...fresh];
writeFileSync(
  file,
  `${JSON.stringify({ machine, postings: postingCount, seekers: seekerCount, results }, null, 2)}\n`,
);
const pct = (x: number) => `${round(x * 100, 1)}%`;
const lines = [
  `# Matching benchmark: ${seekerCount} active seekers × ${postingCount} postings, top ${TOP} (Node ${machine.node}, ${machine.cpus} cores)`,
  "",
  "Fast path: the daily push's retrieval (SQL candidates by filter tokens of place and occupation group, skill words and a pay floor, newest 300 per group of people retrieved alike) and scoring, batch by batch, without writing messages. With writes: the daily push itself (matches not pushed before, scoring ≥ 60, 5 a day, one inbox message each). Brute force: every posting scored in memory for a random sample of seekers. Recall: share of brute force's top 20 the fast path found (strict, ties broken as the fast path breaks them: newer first), and with ties (fast-path postings scoring at least brute force's 20th).",
  "",
  "| engine | run at | load avg | load (s) | fast path (s) | seekers/s | push with inbox writes (s) | seekers/s | messages | sample | brute force (s) | recall mean / p5 | recall with ties mean / p5 |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ...results.map(
    (r) =>
      `| ${r.engine} | ${r.date} | ${r.loadAverage.join(" ")} | ${r.load.seconds} | ${r.fastPath.seconds} | ${r.fastPath.seekersPerSecond} | ${r.push?.seconds ?? "—"} | ${r.push?.seekersPerSecond ?? "—"} | ${r.push ? r.push.messagesSent + r.push.messagesHeld : "—"} | ${r.bruteForce.sample} | ${r.bruteForce.seconds} | ${pct(r.recall.strict.mean)} / ${pct(r.recall.strict.p5)} | ${pct(r.recall.withTies.mean)} / ${pct(r.recall.withTies.p5)} |`,
  ),
];
writeFileSync(path.join(resultsDir, `${name}.md`), `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
