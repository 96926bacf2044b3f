/**
 * Region codes: GB/T 2260 administrative division codes (6 digits: province, prefecture, county) and the
 * statistical division codes built on them (统计用区划代码: 9 digits for townships, 12 for villages).
 *
 * The platform also has zone codes such as `652300-Z01` for development zones that are not statistical
 * divisions. They are never GB codes: `parseRegionCode`, `isGbRegionCode` and `parentCodeOf` reject them;
 * use `isZoneCode` and `zoneParent`.
 *
 * These functions check the shape of a code, not whether it is in the current division list.
 */

export type RegionLevel = 1 | 2 | 3 | 4 | 5;

export type RegionCodeInfo = {
  code: string;
  /** 1 province, 2 prefecture, 3 county, 4 township, 5 village. */
  level: RegionLevel;
  /** 6-digit province code, e.g. `650000`. */
  province: string;
  /** 6-digit prefecture code, e.g. `652300`; for a county-level unit directly under the province, the
   *  statistical grouping `xx9000` (e.g. `659000` for `659001`). Null at level 1. */
  prefecture: string | null;
  /** 6-digit county code; null at levels 1-2, and for townships of prefecture-level cities without
   *  counties (e.g. `441900003`). */
  county: string | null;
  /** 9-digit township code; null at levels 1-3. */
  township: string | null;
  /** 12-digit village code; null at levels 1-4. */
  village: string | null;
  /** True when the prefecture part is `90`: county-level units directly under the province and their
   *  statistical grouping (自治区直辖县级行政区划, `659000`). */
  directlyUnderProvince: boolean;
};

/** The two-digit codes of the 34 provincial-level divisions:
 *  11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82. */
const PROVINCE_PATTERN = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])$/;

const ZONE_PATTERN = /^(\d{6})-Z(\d{2})$/;

/** Parse a 6-, 9- or 12-digit GB code; null for anything else (zone codes included). */
export function parseRegionCode(code: string): RegionCodeInfo | null {
  if (!/^(\d{6}|\d{9}|\d{12})$/.test(code)) return null;
  const p = code.slice(0, 2);
  const pp = code.slice(2, 4);
  const cc = code.slice(4, 6);
  if (!PROVINCE_PATTERN.test(p)) return null;

  const province = `${p}0000`;
  const directlyUnderProvince = pp === "90";
  if (code.length === 6) {
    if (pp === "00") {
      if (cc !== "00") return null;
      return info(code, 1, province, null, null, null, null, false);
    }
    const prefecture = `${p}${pp}00`;
    if (cc === "00") return info(code, 2, province, prefecture, null, null, null, directlyUnderProvince);
    return info(code, 3, province, prefecture, code, null, null, directlyUnderProvince);
  }

  // Townships sit under a county, or directly under a prefecture-level city without counties.
  if (pp === "00") return null;
  const prefecture = `${p}${pp}00`;
  const county = cc === "00" ? null : code.slice(0, 6);
  const township = code.slice(0, 9);
  if (code.slice(6, 9) === "000") return null;
  if (code.length === 9) {
    return info(code, 4, province, prefecture, county, township, null, directlyUnderProvince);
  }
  if (code.slice(9, 12) === "000") return null;
  return info(code, 5, province, prefecture, county, township, code, directlyUnderProvince);
}

/** Whether `s` is a well-formed GB code (6, 9 or 12 digits). Zone codes are not. */
export function isGbRegionCode(s: string): boolean {
  return parseRegionCode(s) !== null;
}

/**
 * The parent of a GB code as the statistical list has it: village → township → county (or the
 * prefecture-level city for townships of cities without counties) → prefecture → province; `659001` →
 * `659000`. Null for a province and for anything that is not a GB code (for zone codes use `zoneParent`).
 */
export function parentCodeOf(code: string): string | null {
  const r = parseRegionCode(code);
  if (!r) return null;
  switch (r.level) {
    case 1:
      return null;
    case 2:
      return r.province;
    case 3:
      return r.prefecture;
    case 4:
      return r.county ?? r.prefecture;
    case 5:
      return r.township;
  }
}

/**
 * Whether `s` is a platform zone code: a 6-digit GB code (province, prefecture or county) followed by
 * `-Z` and two digits, `01` to `99` (e.g. `652300-Z01`).
 */
export function isZoneCode(s: string): boolean {
  return zoneParent(s) !== null;
}

/** The 6-digit GB code a zone code hangs under (`652300-Z01` → `652300`); null if `s` is not a zone code. */
export function zoneParent(s: string): string | null {
  const m = ZONE_PATTERN.exec(s);
  const parent = m?.[1];
  if (!m || parent === undefined || m[2] === "00" || !isGbRegionCode(parent)) return null;
  return parent;
}

function info(
  code: string,
  level: RegionLevel,
  province: string,
  prefecture: string | null,
  county: string | null,
  township: string | null,
  village: string | null,
  directlyUnderProvince: boolean,
): RegionCodeInfo {
  return { code, level, province, prefecture, county, township, village, directlyUnderProvince };
}
