import type { PGlite, Results } from "@electric-sql/pglite";

interface PoolClient {
  query(
    sql: string,
    params: readonly unknown[],
  ): Promise<{ command: string; rowCount: number; rows: unknown[] }>;
  release(): void;
}

/** How long a caller waits for PGlite's one session before the wait is reported as a bug. */
const ACQUIRE_TIMEOUT_MS = 60_000;

/**
 * A minimal `pg.Pool` look-alike over one PGlite instance, so that Kysely's own PostgresDialect
 * drives both engines. PGlite has a single session: a client is handed to one caller at a time,
 * which keeps a transaction's statements together.
 */
export function pglitePool(pglite: PGlite) {
  let tail: Promise<void> = Promise.resolve();

  async function connect(): Promise<PoolClient> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = tail;
    tail = previous.then(() => turn);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              "waited 60 s for the PGlite session: a long job holds it, or a query runs outside its transaction",
            ),
          ),
        ACQUIRE_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([previous, timeout]);
    } catch (error) {
      release();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    let released = false;
    return {
      async query(sql, params) {
        // Statements without parameters may be several (migrations): the simple protocol runs them.
        const result: Results =
          params.length === 0
            ? ((await pglite.exec(sql)).at(-1) ?? { rows: [], fields: [] })
            : await pglite.query(sql, params as unknown[]);
        const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "";
        return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
      },
      release() {
        if (released) return;
        released = true;
        release();
      },
    };
  }

  return {
    connect,
    async end() {
      await tail;
    },
  };
}
