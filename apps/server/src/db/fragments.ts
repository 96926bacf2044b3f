import { type RawBuilder, sql } from "kysely";

/** Rows whose region path column lies in the subtree rooted at `rootPath` (the root included). */
export function inSubtree(pathColumn: string, rootPath: string): RawBuilder<boolean> {
  const below = `${rootPath.replace(/[\\%_]/g, "\\$&")}.%`;
  return sql<boolean>`(${sql.ref(pathColumn)} = ${rootPath} or ${sql.ref(pathColumn)} like ${below})`;
}

/** A LIKE pattern matching `text` anywhere, with its wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
