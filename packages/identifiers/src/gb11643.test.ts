import { describe, expect, it } from "vitest";
import { ageOn, computeIdNumberCheck, maskIdNumber, maskPhone, validateIdNumber } from "./gb11643.ts";

/** A complete number: the 17 given digits and the check character they call for. */
const withCheck = (first17: string): string => first17 + computeIdNumberCheck(first17);

/** Replace the check character with a different, still well-formed one. */
const wrongCheck = (id: string): string => id.slice(0, 17) + (id.endsWith("1") ? "2" : "1");

const AS_OF = "2026-03-01";

describe("computeIdNumberCheck", () => {
  it.each([
    // The first two are the worked examples in GB 11643-1999.
    ["11010519491231002", "X"],
    ["44052418800101001", "4"],
    ["65230119900101123", "5"],
    ["65230119920701102", "X"],
  ])("%s → %s", (first17, check) => {
    expect(computeIdNumberCheck(first17)).toBe(check);
  });

  it.each(["", "1234567890123456", "652301199001011234", "6523011990010112X"])("rejects %j", (bad) => {
    expect(() => computeIdNumberCheck(bad)).toThrow(RangeError);
  });
});

describe("validateIdNumber: valid numbers", () => {
  const male1990 = withCheck("65230119900101123");
  const female1985 = withCheck("65230119851231002");
  const seq0 = withCheck("65232819770505120");
  const leap2000 = withCheck("65230120000229001");
  const leap2024 = withCheck("65230220240229002");
  const shihezi = withCheck("65900119700615003");
  const year1900 = withCheck("65230119000101009");
  const asOfDay = withCheck("65230120260301007");
  it.each([
    ["GB 11643 example, X", "11010519491231002X", "11010519491231002X", "110105", "1949-12-31", "female"],
    ["lowercase x", "11010519491231002x", "11010519491231002X", "110105", "1949-12-31", "female"],
    ["constructed X check", "65230119920701102x", "65230119920701102X", "652301", "1992-07-01", "female"],
    ["昌吉市, male", male1990, male1990, "652301", "1990-01-01", "male"],
    ["昌吉市, female", female1985, female1985, "652301", "1985-12-31", "female"],
    ["sequence digit 0 is female", seq0, seq0, "652328", "1977-05-05", "female"],
    ["leap day of 2000", leap2000, leap2000, "652301", "2000-02-29", "male"],
    ["leap day of 2024", leap2024, leap2024, "652302", "2024-02-29", "female"],
    ["石河子市 (659001)", shihezi, shihezi, "659001", "1970-06-15", "male"],
    ["first day of 1900", year1900, year1900, "652301", "1900-01-01", "male"],
    ["born on the as-of date", asOfDay, asOfDay, "652301", "2026-03-01", "male"],
    ["surrounding whitespace", ` ${male1990}\n`, male1990, "652301", "1990-01-01", "male"],
  ])("%s", (_label, input, idNumber, regionCode, birthDate, sex) => {
    expect(validateIdNumber(input, AS_OF)).toEqual({ ok: true, idNumber, regionCode, birthDate, sex });
  });
});

describe("validateIdNumber: invalid numbers", () => {
  const valid = withCheck("65230119900101123");
  it.each([
    ["wrong check digit", wrongCheck(valid), "checksum"],
    ["X where a digit is due", `${valid.slice(0, 17)}X`, "checksum"],
    ["standard example with a wrong check", "110105194912310021", "checksum"],
    ["two digits swapped", `${valid.slice(0, 14)}${valid[15]}${valid[14]}${valid.slice(16)}`, "checksum"],
    ["30 February", withCheck("65230119900230123"), "birthdate"],
    ["29 February in a common year", withCheck("65230120230229123"), "birthdate"],
    ["29 February 1900 (not a leap year)", withCheck("65230119000229123"), "birthdate"],
    ["31 April", withCheck("65230119900431123"), "birthdate"],
    ["month 13", withCheck("65230119901301123"), "birthdate"],
    ["month 00", withCheck("65230119900001123"), "birthdate"],
    ["day 00", withCheck("65230119900100123"), "birthdate"],
    ["born before 1900", withCheck("65230118991231123"), "birthdate"],
    ["standard example born in 1880", "440524188001010014", "birthdate"],
    ["born the day after the as-of date", withCheck("65230120260302123"), "birthdate"],
    ["born years in the future", withCheck("65230120990101123"), "birthdate"],
    ["17 characters", valid.slice(0, 17), "format"],
    ["19 characters", `${valid}1`, "format"],
    ["old 15-digit number", "652301900101123", "format"],
    ["empty", "", "format"],
    ["space inside", `${valid.slice(0, 6)} ${valid.slice(6)}`, "format"],
    ["hyphens", `${valid.slice(0, 6)}-${valid.slice(6, 14)}-${valid.slice(14)}`, "format"],
    ["X inside the body", `65230119900101X2${valid.slice(16)}`, "format"],
    ["letter other than X as check", `${valid.slice(0, 17)}A`, "format"],
    ["full-width digits", "６５２３０１１９９００１０１１２３５", "format"],
  ])("%s", (_label, input, reason) => {
    expect(validateIdNumber(input, AS_OF)).toEqual({ ok: false, reason });
  });
});

describe("validateIdNumber: as-of date", () => {
  const bornMarch2 = withCheck("65230120260302123");

  it("reads a Date as a calendar date in China Standard Time", () => {
    // 17:00 UTC on 1 March is 01:00 on 2 March in Beijing.
    expect(validateIdNumber(bornMarch2, new Date("2026-03-01T17:00:00Z")).ok).toBe(true);
    expect(validateIdNumber(bornMarch2, new Date("2026-03-01T15:59:59Z"))).toEqual({
      ok: false,
      reason: "birthdate",
    });
  });

  it("defaults to today", () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(validateIdNumber(withCheck(`652301${nextYear}0101123`))).toEqual({
      ok: false,
      reason: "birthdate",
    });
    expect(validateIdNumber(withCheck("65230119900101123")).ok).toBe(true);
  });

  it("throws on a malformed as-of date", () => {
    expect(() => validateIdNumber(withCheck("65230119900101123"), "2026-02-30")).toThrow(RangeError);
  });
});

describe("ageOn", () => {
  it.each([
    ["1990-01-01", "2026-01-01", 36],
    ["1990-01-02", "2026-01-01", 35],
    ["1990-12-31", "2026-12-30", 35],
    ["1990-12-31", "2026-12-31", 36],
    ["2026-03-01", "2026-03-01", 0],
    ["2000-02-29", "2024-02-29", 24],
    ["2000-02-29", "2025-02-28", 24],
    ["2000-02-29", "2025-03-01", 25],
    ["1966-06-15", "2026-06-14", 59],
    ["1966-06-15", "2026-06-15", 60],
  ])("born %s, on %s → %i", (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it("accepts Dates, read in China Standard Time", () => {
    expect(ageOn("1990-03-02", new Date("2026-03-01T16:00:00Z"))).toBe(36);
    expect(ageOn("1990-03-02", new Date("2026-03-01T15:59:59Z"))).toBe(35);
  });

  it.each([
    ["onDate before birthDate", "2000-01-02", "2000-01-01"],
    ["invalid birth date", "1990-02-30", "2026-01-01"],
    ["invalid on date", "1990-01-01", "2026-13-01"],
    ["not ISO", "1990/01/01", "2026-01-01"],
  ])("throws: %s", (_label, birth, on) => {
    expect(() => ageOn(birth, on)).toThrow(RangeError);
  });
});

describe("maskIdNumber", () => {
  it.each([
    ["652301199001011234", "652301********1234"],
    ["65230119920701102x", "652301********102X"],
    [" 652301199001011234 ", "652301********1234"],
    ["652301900101123", "652301*****1123"],
    ["1234567890", "**********"],
    ["", ""],
  ])("%j → %j", (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});

describe("maskPhone", () => {
  it.each([
    ["13812345678", "138****5678"],
    [" 13812345678 ", "138****5678"],
    ["09942345678", "099****5678"],
    ["+8613812345678", "+86*******5678"],
    ["1234567", "*******"],
    ["", ""],
  ])("%j → %j", (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });
});
