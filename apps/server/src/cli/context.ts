import { userInfo } from "node:os";
import { loadConfig } from "../config.ts";
import type { Deps } from "../http/context.ts";
import { insertAuditEntry } from "../modules/audit/audit.repo.ts";
import { openPlatform } from "../platform.ts";

/** Runs a CLI action against the configured database (DATABASE_URL or DATA_DIR), then closes it. */
export async function withPlatform<T>(action: (deps: Deps) => Promise<T>): Promise<T> {
  const platform = await openPlatform(loadConfig());
  try {
    return await action(platform.deps);
  } finally {
    await platform.close();
  }
}

/** Reads all of standard input (a piped password, a file). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Prints a located problem list the same way for every import command. */
export function printRowErrors(
  errors: { row: number; column: string | null; message: string }[],
  file: string,
): void {
  for (const e of errors)
    console.error(`${file}: row ${e.row}${e.column ? `, column ${e.column}` : ""}: ${e.message}`);
}

/** Records a write made from the command line in the audit log, like any other write. */
export async function auditCliWrite(
  db: Deps["db"],
  entry: { action: string; recordType: string; recordId: string | null; details?: Record<string, unknown> },
  at: Date,
): Promise<void> {
  await insertAuditEntry(db, {
    at,
    actor_id: null,
    actor_name: `cli:${userInfo().username}`,
    actor_role: null,
    actor_region_path: null,
    action: entry.action,
    record_type: entry.recordType,
    record_id: entry.recordId,
    client_address: null,
    outcome: "ok",
    details: entry.details ? JSON.stringify(entry.details) : null,
  });
}

/** A one-line progress bar on standard error (standard output stays for results). */
export function progressBar(processed: number, total: number): void {
  const width = 30;
  const done = total === 0 ? width : Math.round((processed / total) * width);
  process.stderr.write(`\r[${"#".repeat(done)}${".".repeat(width - done)}] ${processed}/${total} rows`);
  if (processed >= total) process.stderr.write("\n");
}
