import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_CHARSET,
  computeCreditCodeCheck,
  computeOrgCodeCheck,
  validateCreditCode,
} from "./gb32100.ts";

/** A complete code from its parts: the organisation code and the code itself get their check characters. */
const makeCode = (authority: string, type: string, region: string, org8: string): string => {
  const first17 = authority + type + region + org8 + computeOrgCodeCheck(org8);
  return first17 + computeCreditCodeCheck(first17);
};

/** Replace the character at `index` with another character of the charset. */
const replaceAt = (code: string, index: number, c: string): string =>
  code.slice(0, index) + c + code.slice(index + 1);

describe("computeOrgCodeCheck (GB 11714)", () => {
  it.each([
    ["60003734", "1"],
    ["12345678", "8"],
    ["00000000", "0"],
    ["MA7ABCDE", "9"],
    ["MA7A0005", "X"],
    ["MA7A0018", "0"],
    ["ma7abcde", "9"],
  ])("%s → %s", (first8, check) => {
    expect(computeOrgCodeCheck(first8)).toBe(check);
  });

  it.each(["", "1234567", "123456789", "1234-567"])("rejects %j", (bad) => {
    expect(() => computeOrgCodeCheck(bad)).toThrow(RangeError);
  });
});

describe("computeCreditCodeCheck", () => {
  it("matches a published code", () => {
    // The worked example in python-stdnum's cn.uscc documentation.
    expect(computeCreditCodeCheck("91110000600037341")).toBe("L");
  });

  it("produces every check character 0-9 and letters, and 0 rather than 31", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      seen.add(computeCreditCodeCheck(`91652301MA${String(i).padStart(6, "0")}0`));
    }
    expect([...seen].sort().join("")).toBe([...CREDIT_CODE_CHARSET].sort().join(""));
  });

  it.each(["", "9165230112345678", "91652301123456788X", "91652301I23456788"])("rejects %j", (bad) => {
    expect(() => computeCreditCodeCheck(bad)).toThrow(RangeError);
  });
});

describe("validateCreditCode: valid codes", () => {
  it.each([
    ["published example", "91110000600037341L", "9", "1", "110000", "600037341"],
    ["enterprise in 昌吉市", makeCode("9", "1", "652301", "MA7ABCDE"), "9", "1", "652301", "MA7ABCDE9"],
    ["individual business", makeCode("9", "2", "652328", "MA7B1234"), "9", "2", "652328", "MA7B12342"],
    ["cooperative, 奇台县", makeCode("9", "3", "652325", "MA7C0001"), "9", "3", "652325", "MA7C00019"],
    ["social organisation (民政)", makeCode("5", "1", "652300", "12345678"), "5", "1", "652300", "123456788"],
    ["public institution (编制)", makeCode("1", "2", "652300", "01234567"), "1", "2", "652300", "012345671"],
    ["authority Y", makeCode("Y", "1", "650000", "MA7A0005"), "Y", "1", "650000", "MA7A0005X"],
    ["org check 0", makeCode("9", "1", "652302", "MA7A0018"), "9", "1", "652302", "MA7A00180"],
  ])("%s", (_label, input, registrationAuthority, orgType, regionCode, orgCode) => {
    expect(validateCreditCode(input)).toEqual({
      ok: true,
      creditCode: input,
      registrationAuthority,
      orgType,
      regionCode,
      orgCode,
    });
  });

  it("trims and upper-cases", () => {
    const code = makeCode("9", "1", "652301", "MA7ABCDE");
    const result = validateCreditCode(`  ${code.toLowerCase()}\t`);
    expect(result).toMatchObject({ ok: true, creditCode: code });
  });

  it.each([
    ["91652301MA7ABCDE9F", makeCode("9", "1", "652301", "MA7ABCDE")],
    ["92652328MA7B12342L", makeCode("9", "2", "652328", "MA7B1234")],
    ["516523001234567884", makeCode("5", "1", "652300", "12345678")],
  ])("constructed literal %s", (literal, constructed) => {
    expect(literal).toBe(constructed);
    expect(validateCreditCode(literal).ok).toBe(true);
  });
});

describe("validateCreditCode: invalid codes", () => {
  const valid = makeCode("9", "1", "652301", "MA7ABCDE");
  const validCheck = valid.charAt(17);
  const otherCheck = validCheck === "1" ? "2" : "1";
  // A wrong organisation check character under a code check that fits it: only the org check fails.
  const badOrgFirst17 = `91652301MA7ABCDE${computeOrgCodeCheck("MA7ABCDE") === "1" ? "2" : "1"}`;
  const badOrgOnly = badOrgFirst17 + computeCreditCodeCheck(badOrgFirst17);
  const badOrgAndCheck = badOrgFirst17 + (computeCreditCodeCheck(badOrgFirst17) === "1" ? "2" : "1");

  it.each([
    ["wrong check character", replaceAt(valid, 17, otherCheck), "creditCode"],
    ["published example with a wrong check", "91110000600037341M", "creditCode"],
    ["region digit changed", replaceAt(valid, 7, valid.charAt(7) === "1" ? "2" : "1"), "creditCode"],
    ["organisation check wrong, code check fits", badOrgOnly, "orgCode"],
    ["both checks wrong", badOrgAndCheck, "both"],
    ["org body changed", replaceAt(valid, 10, "8"), "both"],
  ])("%s", (_label, input, detail) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, reason: "checksum", detail });
  });

  it.each([
    ["I", replaceAt(valid, 12, "I")],
    ["O", replaceAt(valid, 12, "O")],
    ["Z", replaceAt(valid, 12, "Z")],
    ["S", replaceAt(valid, 12, "S")],
    ["V", replaceAt(valid, 12, "V")],
    ["lower-case forbidden letter", replaceAt(valid, 12, "o")],
    ["forbidden letter as check", replaceAt(valid, 17, "Z")],
    ["forbidden letter as authority", replaceAt(valid, 0, "S")],
    ["hyphen", replaceAt(valid, 8, "-")],
    ["inner space", replaceAt(valid, 8, " ")],
    ["full-width digit", replaceAt(valid, 2, "６")],
  ])("charset: %s", (_label, input) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, reason: "charset" });
  });

  it.each([
    ["17 characters", valid.slice(0, 17)],
    ["19 characters", `${valid}0`],
    ["empty", ""],
    ["whitespace only", "   "],
    ["15-character registration number", "652301000012345"],
    ["space inside, 19 characters", `${valid.slice(0, 8)} ${valid.slice(8)}`],
    ["letter in the region code", replaceAt(valid, 4, "A")],
  ])("format: %s", (_label, input) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, reason: "format" });
  });
});
