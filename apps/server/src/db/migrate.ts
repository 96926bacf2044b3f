import type { Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.ts";
import type { Database } from "./types.ts";

export interface MigrationState {
  applied: number;
  latest: string | null;
}

/**
 * Applies every pending migration (or those up to `upTo`, for testing a later migration on the
 * data of an earlier one); throws on the first failure (nothing after it runs).
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  schema: string,
  upTo?: string,
): Promise<MigrationState> {
  const migrator = migratorFor(db, schema);
  const { error, results } = upTo ? await migrator.migrateTo(upTo) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return migrationState(db, schema);
}

export async function migrationState(db: Kysely<Database>, schema: string): Promise<MigrationState> {
  const migrator = migratorFor(db, schema);
  const applied = (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined);
  return { applied: applied.length, latest: applied.at(-1)?.name ?? null };
}

// Naming the schema matters: otherwise Kysely looks for its bookkeeping tables in every schema
// and may find another database user's (parallel test runs each have their own schema).
function migratorFor(db: Kysely<Database>, schema: string): Migrator {
  return new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: async () => migrations },
  });
}
