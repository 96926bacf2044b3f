import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { pglitePool } from "./pglite-pool.ts";
import type { Database } from "./types.ts";

export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The PostgreSQL schema every table lives in (a private one per test run). */
  schema: string;
  /** The embedded engine itself, for what Kysely cannot say (COPY from a blob). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** A PostgreSQL URL; absent means embedded PGlite. */
  url?: string | null;
  /** PGlite data directory; absent means in memory. */
  dataDir?: string | null;
  /** Put every table in this schema (created if missing); default `public`. */
  schema?: string;
  poolSize?: number;
}

// int8 and numeric come back as strings, dates as `YYYY-MM-DD` strings, on both engines.
const TEXT_TYPES = [20, 1700, 1082];

/** Opens the platform's database: a PostgreSQL server when a URL is given, PGlite otherwise. */
export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  const schema = options.schema ?? "public";
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name: ${schema}`);
  if (options.url) {
    const types = {
      getTypeParser: (oid: number, format?: "text" | "binary") =>
        TEXT_TYPES.includes(oid) ? (v: string) => v : pg.types.getTypeParser(oid, format),
    };
    if (schema !== "public") {
      const admin = new pg.Client({ connectionString: options.url });
      await admin.connect();
      await admin.query(`create schema if not exists ${schema}`);
      await admin.end();
    }
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types,
      options: `-c search_path=${schema},public -c timezone=UTC`,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: "postgres", schema, close: () => db.destroy() };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const parsers = Object.fromEntries(TEXT_TYPES.map((oid) => [oid, (v: string) => v]));
  const pglite = await PGlite.create({
    dataDir: options.dataDir ? path.resolve(options.dataDir) : undefined,
    parsers,
  });
  await pglite.exec(
    `set timezone = 'UTC'; create schema if not exists ${schema}; set search_path = ${schema}, public;`,
  );
  const pool = pglitePool(pglite);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  return {
    db,
    kind: "pglite",
    schema,
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
