/**
 * Jobs benchmark: import throughput (with the law check, de-duplication, segmentation and
 * near-duplicate clustering) against a plain COPY of the same rows, and search latency over a
 * fixed mixed query set against the naive ILIKE way, on PostgreSQL and on PGlite.
 *
 *   node bench/jobs/run.ts --scale 100000 --engines postgres,pglite [--rounds 5] [--keep]
 *
 * PostgreSQL needs DATABASE_URL (a private schema is made and dropped). Results go to
 * bench/jobs/results/<scale>.json and .md.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "kysely";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { connectDatabase, type DatabaseHandle } from "../../apps/server/src/db/connect.ts";
import { migrateToLatest } from "../../apps/server/src/db/migrate.ts";
import { intakeRawItems } from "../../apps/server/src/modules/job-intake/job-intake.service.ts";
import { searchPostings } from "../../apps/server/src/modules/job-search/job-search.service.ts";
import { openPlatform } from "../../apps/server/src/platform.ts";
import { testConfig } from "../../apps/server/src/testing/app.ts";
import { type GeneratedPosting, generatePostings } from "./generate.ts";
import { type BenchQuery, QUERIES } from "./queries.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const scale = Number(arg("--scale", "100000"));
const engines = arg("--engines", process.env.DATABASE_URL ? "postgres,pglite" : "pglite").split(",");
const rounds = Number(arg("--rounds", "5"));
/** Keep the PostgreSQL schema for a look at the query plans afterwards. */
const keep = process.argv.includes("--keep");
const resultsDir = path.resolve(import.meta.dirname, "results");

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), n: s.length };
}

async function openEngine(engine: string): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  if (engine === "postgres") {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is needed for the postgres engine");
    const schema = `bench_jobs_${Date.now()}`;
    const handle = await connectDatabase({ url, schema, poolSize: 4 });
    return {
      handle,
      cleanup: async () => {
        if (keep) return console.error(`kept schema ${schema}`);
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "bench-jobs-"));
  const handle = await connectDatabase({ dataDir: dir });
  return { handle, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

const PLAIN_COLUMNS =
  "title, description, requirements, region_code, salary_min, salary_max, salary_unit, employment_type, latitude, longitude";

function csvLine(p: GeneratedPosting): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `${[q(p.title), q(p.description), q(p.requirements), p.regionCode, p.salaryMin, p.salaryMax, p.salaryUnit, p.employmentType, p.latitude, p.longitude].join(",")}\n`;
}

/** The baseline: the same rows COPYed into a plain table with no checks and no index. */
async function copyPlain(
  engine: string,
  handle: DatabaseHandle,
  postings: GeneratedPosting[],
): Promise<number> {
  await sql
    .raw(
      `create table bench_plain (id bigint generated always as identity, title text, description text, requirements text, region_code text, salary_min numeric, salary_max numeric, salary_unit text, employment_type text, latitude float8, longitude float8, published_at timestamptz not null default now())`,
    )
    .execute(handle.db);
  // Line by line: at a million rows one string of them all would pass V8's string limit.
  const lines = postings.map(csvLine);
  const started = performance.now();
  if (engine === "postgres") {
    const client = new pg.Client({
      connectionString: process.env.DATABASE_URL,
      options: `-c search_path=${handle.schema}`,
    });
    await client.connect();
    await pipeline(
      Readable.from(lines),
      client.query(copyFrom(`copy bench_plain (${PLAIN_COLUMNS}) from stdin with (format csv)`)),
    );
    await client.end();
  } else {
    await handle.pglite?.query(`copy bench_plain (${PLAIN_COLUMNS}) from '/dev/blob' with (format csv)`, [], {
      blob: new Blob(lines),
    });
  }
  return performance.now() - started;
}

/** The naive way: ILIKE over title and description, newest first, with an exact count. */
async function naiveSearch(handle: DatabaseHandle, q: BenchQuery): Promise<void> {
  const word = q.q ? `%${q.q.split(/\s+/)[0]}%` : "%";
  await sql`select id, title, salary_max from bench_plain where (title ilike ${word} or description ilike ${word}) order by published_at desc, id desc limit 20`.execute(
    handle.db,
  );
  await sql`select count(*) from bench_plain where (title ilike ${word} or description ilike ${word})`.execute(
    handle.db,
  );
}

async function runEngine(engine: string, postings: GeneratedPosting[]) {
  const { handle, cleanup } = await openEngine(engine);
  try {
    await migrateToLatest(handle.db, handle.schema);
    const platform = await openPlatform(testConfig(), { database: { ...handle, close: async () => {} } });
    const deps = platform.deps;
    const chunk = 1000;
    const importStarted = performance.now();
    const totals = { created: 0, merged: 0, rejected: 0 };
    for (let i = 0; i < postings.length; i += chunk) {
      const items = postings
        .slice(i, i + chunk)
        .map((value, k) => ({ label: `$[${i + k}]`, sourceId: value.sourceId, value }));
      const outcomes = await deps.db.transaction().execute((db) =>
        intakeRawItems(
          { ...deps, db },
          {
            source: "bench",
            actor: { id: null, name: "bench" },
            cleanStatus: "published",
            items,
            regionPath: null,
          },
        ),
      );
      for (const o of outcomes) if (o.result in totals) totals[o.result as keyof typeof totals]++;
      if ((i / chunk) % 20 === 0)
        process.stderr.write(`\r${engine}: imported ${i + items.length}/${postings.length}`);
    }
    const importMs = performance.now() - importStarted;
    process.stderr.write("\n");
    const copyMs = await copyPlain(engine, handle, postings);
    await sql`analyze`.execute(handle.db);

    const ours: Record<string, number[]> = Object.fromEntries(QUERIES.map((q) => [q.name, []]));
    const naive: Record<string, number[]> = Object.fromEntries(QUERIES.map((q) => [q.name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const q of QUERIES) {
        let t = performance.now();
        await searchPostings(deps, { radiusKm: 20, sort: "relevance", limit: 20, ...q });
        ours[q.name]?.push(performance.now() - t);
        t = performance.now();
        await naiveSearch(handle, q);
        naive[q.name]?.push(performance.now() - t);
      }
    }
    await platform.close();
    const all = (m: Record<string, number[]>) => Object.values(m).flat();
    const summary = {
      engine,
      scale: postings.length,
      import: {
        postingsPerSecond: Math.round(postings.length / (importMs / 1000)),
        seconds: Math.round(importMs) / 1000,
        ...totals,
      },
      copy: {
        rowsPerSecond: Math.round(postings.length / (copyMs / 1000)),
        seconds: Math.round(copyMs) / 1000,
      },
      search: { ours: stats(all(ours)), naive: stats(all(naive)) },
      perQuery: QUERIES.map((q) => ({
        name: q.name,
        ours: stats(ours[q.name] ?? []),
        naive: stats(naive[q.name] ?? []),
      })),
    };
    return summary;
  } finally {
    await handle.close();
    await cleanup();
  }
}

const postings = generatePostings(scale);
const fresh = [];
for (const engine of engines) {
  console.error(`${engine}: ${scale} postings`);
  fresh.push({ ...(await runEngine(engine, postings)), date: new Date().toISOString() });
}
mkdirSync(resultsDir, { recursive: true });
const machine = { node: process.version, cpus: (await import("node:os")).cpus().length };
// At 1M an engine's run takes most of an hour: engines run separately keep each other's results.
const file = path.join(resultsDir, `${scale}.json`);
const earlier: typeof fresh = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).results : [];
const results = [...earlier.filter((r) => !engines.includes(r.engine)), ...fresh];
writeFileSync(file, `${JSON.stringify({ machine, results }, null, 2)}\n`);
const lines = [
  `# Jobs benchmark, ${scale} postings (Node ${machine.node}, ${machine.cpus} cores)`,
  "",
  "| engine | run at | import with checks (postings/s) | plain COPY (rows/s) | search p50 / p95 / p99 ms | naive ILIKE p50 / p95 / p99 ms | p95 speed-up |",
  "|---|---|---|---|---|---|---|",
  ...results.map(
    (r) =>
      `| ${r.engine} | ${r.date} | ${r.import.postingsPerSecond} | ${r.copy.rowsPerSecond} | ${r.search.ours.p50} / ${r.search.ours.p95} / ${r.search.ours.p99} | ${r.search.naive.p50} / ${r.search.naive.p95} / ${r.search.naive.p99} | ${Math.round((r.search.naive.p95 / r.search.ours.p95) * 10) / 10}× |`,
  ),
  "",
  "Per query (p95 ms, ours vs naive):",
  "",
  ...results.flatMap((r) => [
    `- ${r.engine}: ${r.perQuery.map((q) => `${q.name} ${q.ours.p95}/${q.naive.p95}`).join("; ")}`,
  ]),
];
writeFileSync(path.join(resultsDir, `${scale}.md`), `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
