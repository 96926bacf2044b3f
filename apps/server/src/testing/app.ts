import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { type Config, loadConfig } from "../config.ts";
import type { DatabaseKind } from "../db/connect.ts";
import { buildApp } from "../http/app.ts";
import type { Deps } from "../http/context.ts";
import { CSRF_HEADER } from "../http/session.ts";
import type { Clock } from "../lib/clock.ts";
import { openPlatform } from "../platform.ts";
import { seedDemoAccounts } from "../seed/demo.ts";
import { openTestDatabase } from "./database.ts";

export const TEST_PASSWORD = "test-password-2026";

export function testConfig(): Config {
  return loadConfig({
    JIUYE_SECRET: "t".repeat(40),
    DATA_DIR: "/nonexistent-jiuye-test",
    LOG_LEVEL: "silent",
  });
}

let clients = 0;

/**
 * A browser-like client: keeps cookies and the CSRF token between requests, and comes from its
 * own loopback address so per-address rate limits of one test do not spill into another.
 */
export class TestClient {
  readonly app: FastifyInstance;
  readonly address: string;
  cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(app: FastifyInstance) {
    this.app = app;
    clients++;
    this.address = `127.0.${(clients >> 8) & 255}.${clients & 255}`;
  }

  async request(
    method: InjectOptions["method"],
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.address,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions["payload"] }),
      headers: {
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") }
          : {}),
        ...(this.csrfToken && method !== "GET" ? { [CSRF_HEADER]: this.csrfToken } : {}),
        ...headers,
      },
    });
    this.keep(response);
    return response;
  }

  private keep(response: LightMyRequestResponse) {
    for (const c of response.cookies) {
      if (
        c.value === "" ||
        (c.maxAge !== undefined && c.maxAge <= 0) ||
        (c.expires && c.expires.getTime() < Date.now())
      ) {
        this.cookies.delete(c.name);
      } else this.cookies.set(c.name, c.value);
    }
    if (response.headers["content-type"]?.toString().startsWith("application/json")) {
      const body = response.json() as { csrfToken?: unknown };
      if (typeof body?.csrfToken === "string") this.csrfToken = body.csrfToken;
    }
  }

  /** Fetches a pre-session CSRF token and logs in. */
  async login(username: string, password = TEST_PASSWORD) {
    await this.request("GET", "/api/v1/auth/session");
    const response = await this.request("POST", "/api/v1/auth/login", { username, password });
    if (response.statusCode !== 200) throw new Error(`login as ${username} failed: ${response.body}`);
    return this;
  }
}

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  /** A fresh anonymous client. */
  client(): TestClient;
  /** A client logged in as one of the demo accounts (see seed/demo.ts). */
  as(username: string): Promise<TestClient>;
  close(): Promise<void>;
}

/** The real HTTP app over a fresh database with reference data and the demo accounts. */
export async function openTestApp(engine: DatabaseKind, options: { clock?: Clock } = {}): Promise<TestApp> {
  const database = await openTestDatabase(engine);
  const platform = await openPlatform(testConfig(), {
    database,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await seedDemoAccounts(platform.deps, TEST_PASSWORD);
  const app = await buildApp(platform.deps, { logger: false });
  return {
    app,
    deps: platform.deps,
    client: () => new TestClient(app),
    as: (username) => new TestClient(app).login(username),
    async close() {
      await app.close();
      await platform.close();
    },
  };
}
