import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectDatabase, type DatabaseHandle, type DatabaseKind } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";

/** PGlite always; a PostgreSQL server too when DATABASE_URL is set. */
export function testEngines(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database (up to a given migration, if asked) for one test file: an in-memory PGlite, or a private schema on the
 * PostgreSQL server (dropped again by `close`), so that runs never collide.
 */
export async function openTestDatabase(
  engine: DatabaseKind,
  options: { migrateUpTo?: string } = {},
): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (engine === "postgres" && !url) throw new Error("DATABASE_URL is not set");
  const schema = engine === "postgres" ? `jiuye_test_${randomBytes(6).toString("hex")}` : "public";
  const handle = await connectDatabase({ url: engine === "postgres" ? url : null, schema, poolSize: 4 });
  await migrateToLatest(handle.db, handle.schema, options.migrateUpTo);
  if (engine === "pglite") return handle;
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}
