import { describe, expect, it } from "vitest";
import { isGbRegionCode, isZoneCode, parentCodeOf, parseRegionCode, zoneParent } from "./gb2260.ts";

describe("parseRegionCode: valid codes", () => {
  it.each([
    // code, level, province, prefecture, county, township, village, directlyUnderProvince
    ["650000", 1, "650000", null, null, null, null, false],
    ["110000", 1, "110000", null, null, null, null, false],
    ["652300", 2, "650000", "652300", null, null, null, false],
    ["659000", 2, "650000", "659000", null, null, null, true],
    ["652301", 3, "650000", "652300", "652301", null, null, false],
    ["652328", 3, "650000", "652300", "652328", null, null, false],
    ["659001", 3, "650000", "659000", "659001", null, null, true],
    ["110101", 3, "110000", "110100", "110101", null, null, false],
    ["652301001", 4, "650000", "652300", "652301", "652301001", null, false],
    ["652302003", 4, "650000", "652300", "652302", "652302003", null, false],
    ["659001001", 4, "650000", "659000", "659001", "659001001", null, true],
    ["441900003", 4, "440000", "441900", null, "441900003", null, false],
    ["652301001001", 5, "650000", "652300", "652301", "652301001", "652301001001", false],
    ["652328200201", 5, "650000", "652300", "652328", "652328200", "652328200201", false],
  ])("%s", (code, level, province, prefecture, county, township, village, directlyUnderProvince) => {
    expect(parseRegionCode(code)).toEqual({
      code,
      level,
      province,
      prefecture,
      county,
      township,
      village,
      directlyUnderProvince,
    });
  });
});

describe("parseRegionCode and isGbRegionCode: not GB codes", () => {
  it.each([
    ["zone code", "652300-Z01"],
    ["zone code without hyphen", "652300Z01"],
    ["zone code, lower case", "652300-z01"],
    ["empty", ""],
    ["5 digits", "65230"],
    ["7 digits", "6523011"],
    ["8 digits", "65230100"],
    ["10 digits", "6523010010"],
    ["13 digits", "6523010010011"],
    ["letters", "65230A"],
    ["surrounding whitespace", " 652301 "],
    ["full-width digits", "６５２３０１"],
    ["unknown province 00", "000000"],
    ["unknown province 66", "660000"],
    ["unknown province 99", "990000"],
    ["county part without prefecture", "650001"],
    ["township under a province", "650000001"],
    ["township number 000", "652301000"],
    ["village number 000", "652301001000"],
    ["village under township 000", "652301000001"],
  ])("%s: %j", (_label, code) => {
    expect(parseRegionCode(code)).toBeNull();
    expect(isGbRegionCode(code)).toBe(false);
  });

  it.each(["650000", "652300", "652301", "659001", "652301001", "652301001001"])(
    "%s is a GB code",
    (code) => {
      expect(isGbRegionCode(code)).toBe(true);
    },
  );
});

describe("parentCodeOf", () => {
  it.each([
    ["652301001001", "652301001"],
    ["652301001", "652301"],
    ["441900003", "441900"],
    ["652301", "652300"],
    ["652328", "652300"],
    ["659001", "659000"],
    ["659012", "659000"],
    ["652300", "650000"],
    ["659000", "650000"],
    ["650000", null],
    ["652300-Z01", null],
    ["65230", null],
    ["", null],
  ])("%j → %j", (code, parent) => {
    expect(parentCodeOf(code)).toBe(parent);
  });
});

describe("zone codes", () => {
  it.each([
    ["652300-Z01", "652300"],
    ["652300-Z99", "652300"],
    ["650000-Z01", "650000"],
    ["652301-Z02", "652301"],
  ])("%s is a zone under %s", (code, parent) => {
    expect(isZoneCode(code)).toBe(true);
    expect(zoneParent(code)).toBe(parent);
  });

  it.each([
    ["GB prefecture code", "652300"],
    ["GB township code", "652301001"],
    ["zone number 00", "652300-Z00"],
    ["lower-case z", "652300-z01"],
    ["other letter", "652300-A01"],
    ["no hyphen", "652300Z01"],
    ["one digit", "652300-Z1"],
    ["three digits", "652300-Z001"],
    ["parent not a GB code", "650001-Z01"],
    ["parent unknown province", "990000-Z01"],
    ["township parent", "652301001-Z01"],
    ["surrounding whitespace", " 652300-Z01"],
    ["trailing newline", "652300-Z01\n"],
    ["empty", ""],
  ])("not a zone: %s %j", (_label, code) => {
    expect(isZoneCode(code)).toBe(false);
    expect(zoneParent(code)).toBeNull();
  });
});
