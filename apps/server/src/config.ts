import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Unset: embedded PGlite in `dataDir/db`. Set: a PostgreSQL server. */
  databaseUrl: string | null;
  /** The PostgreSQL schema the tables live in (`DATABASE_SCHEMA`, default `public`); ignored on PGlite. */
  databaseSchema: string;
  /** Signs sessions and derives the keys that encrypt personal data at rest. */
  secret: string;
  logLevel: string;
  /** Load demo data on first start (empty database). */
  demo: boolean;
  demoPassword: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  webDist: string;
}

const DEFAULT_DEMO_PASSWORD = "jiuye-demo-2026";

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return ["1", "true", "yes", "on"].includes(value.toLowerCase());
}

/**
 * Reads configuration from the environment. Without `JIUYE_SECRET`, a random secret is made once
 * and kept in `DATA_DIR/secret` (mode 0600), so the embedded default needs no setup.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR || "./data");
  const databaseUrl = env.DATABASE_URL || null;
  let secret = env.JIUYE_SECRET ?? "";
  if (!secret) {
    if (databaseUrl && env.NODE_ENV === "production") {
      throw new Error("JIUYE_SECRET must be set when DATABASE_URL is used in production");
    }
    secret = readOrCreateSecret(dataDir);
  }
  if (secret.length < 32) throw new Error("JIUYE_SECRET must be at least 32 characters");
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port: ${env.PORT}`);
  return {
    port,
    host: env.HOST || "127.0.0.1",
    dataDir,
    databaseUrl,
    databaseSchema: env.DATABASE_SCHEMA || "public",
    secret,
    logLevel: env.LOG_LEVEL || "info",
    demo: flag(env.JIUYE_DEMO, true),
    demoPassword: env.JIUYE_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    cookieSecure: flag(env.COOKIE_SECURE, false),
    trustProxy: flag(env.TRUST_PROXY, false),
    webDist: path.resolve(import.meta.dirname, "../../web/dist"),
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
