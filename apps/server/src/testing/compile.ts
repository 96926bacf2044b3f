import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely";
import type { Database } from "../db/types.ts";

/**
 * A Kysely that compiles queries without a connection (Kysely's documented way), for tests that
 * keep the emitted SQL of non-trivial queries as a reviewed snapshot.
 */
export function compileOnlyDb(): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

/** Compiled queries as one SQL text, one statement each. */
export function sqlText(queries: { compile(): { sql: string } }[]): string {
  return queries.map((query) => `${query.compile().sql};\n`).join("\n");
}
