import type { Kysely } from "kysely";
import { Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.ts";
import type { Database } from "./types.ts";

export interface MigrationState {
  applied: number;
  latest: string | null;
}

/** Applies every pending migration; throws on the first failure (nothing after it runs). */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationState> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return migrationState(db);
}

export async function migrationState(db: Kysely<Database>): Promise<MigrationState> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const applied = (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined);
  return { applied: applied.length, latest: applied.at(-1)?.name ?? null };
}
