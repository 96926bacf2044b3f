import type { z } from "zod";
import { AppError } from "./errors.ts";

/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new AppError("VALIDATION_FAILED", "The cursor is not one this API gave out", [
      { path: "$.cursor", message: "invalid cursor" },
    ]);
  }
}

/** Splits one extra fetched row off a page and makes the next cursor from the last row kept. */
export function pageOf<R>(rows: R[], limit: number, keyOf: (row: R) => unknown) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
