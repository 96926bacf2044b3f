import type { Region } from "@jiuye/contract/regions";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { AppError } from "../../lib/errors.ts";
import { isWithin } from "../../lib/jurisdiction.ts";
import { findAllRegions, type RegionRow } from "./regions.repo.ts";

export interface RegionEntry extends Region {
  path: string;
}

/**
 * All regions in memory (a few thousand rows): jurisdiction checks and name look-ups on every
 * request without a query. Reloaded after an import; other server processes see the change
 * at their next start.
 */
export interface RegionDirectory {
  get(code: string): RegionEntry | undefined;
  children(parentCode: string | null): RegionEntry[];
  ancestors(code: string): RegionEntry[];
  search(text: string, limit?: number): RegionEntry[];
  /** Whether `code` lies in the subtree rooted at `rootCode`. */
  contains(rootCode: string, code: string): boolean;
  size(): number;
  reload(): Promise<void>;
}

export async function loadRegionDirectory(db: Kysely<Database>): Promise<RegionDirectory> {
  let byCode = new Map<string, RegionEntry>();
  let byParent = new Map<string | null, RegionEntry[]>();

  function index(rows: RegionRow[]) {
    const counts = new Map<string, number>();
    for (const r of rows) if (r.parent_code) counts.set(r.parent_code, (counts.get(r.parent_code) ?? 0) + 1);
    byCode = new Map();
    byParent = new Map();
    // Statistical divisions by code, then development zones: the same order on every engine.
    const ordered = [...rows].sort((a, b) =>
      a.kind !== b.kind ? (a.kind === "gb2260" ? -1 : 1) : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
    );
    for (const r of ordered) {
      const entry: RegionEntry = {
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parent_code,
        kind: r.kind,
        path: r.path,
        childCount: counts.get(r.code) ?? 0,
      };
      byCode.set(r.code, entry);
      const siblings = byParent.get(r.parent_code) ?? [];
      siblings.push(entry);
      byParent.set(r.parent_code, siblings);
    }
  }

  const directory: RegionDirectory = {
    get: (code) => byCode.get(code),
    children: (parentCode) => byParent.get(parentCode) ?? [],
    ancestors(code) {
      const out: RegionEntry[] = [];
      let current = byCode.get(code);
      while (current?.parentCode) {
        current = byCode.get(current.parentCode);
        if (current) out.unshift(current);
      }
      return out;
    },
    search(text, limit = 50) {
      const out: RegionEntry[] = [];
      for (const entry of byCode.values()) {
        if (entry.name.includes(text)) out.push(entry);
        if (out.length >= limit) break;
      }
      return out;
    },
    contains(rootCode, code) {
      return isWithin(byCode.get(rootCode)?.path ?? null, byCode.get(code)?.path ?? null);
    },
    size: () => byCode.size,
    async reload() {
      index(await findAllRegions(db));
    },
  };
  await directory.reload();
  return directory;
}

/** The region with this code, or a located 422 naming the field it came from. */
export function requireRegion(directory: RegionDirectory, code: string, path = "$.regionCode"): RegionEntry {
  const entry = directory.get(code);
  if (!entry)
    throw new AppError("REGIONS_UNKNOWN_CODE", `No region has the code ${code}`, [
      { path, message: "unknown region" },
    ]);
  return entry;
}
