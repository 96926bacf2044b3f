import type { Region } from "@jiuye/contract/regions";
import type { RegionEntry } from "./regions.directory.ts";

export function presentRegion(entry: RegionEntry): Region {
  return {
    code: entry.code,
    name: entry.name,
    level: entry.level,
    parentCode: entry.parentCode,
    kind: entry.kind,
    childCount: entry.childCount,
  };
}
