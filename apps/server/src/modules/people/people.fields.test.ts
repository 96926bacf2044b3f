import { describe, expect, it } from "vitest";
import { idNumber, personFields } from "../../testing/people.ts";
import { contentHash, normalisePhone } from "./people.fields.ts";

describe("people fields", () => {
  it.each([
    ["13800000000", "13800000000"],
    ["138 0000 0000", "13800000000"],
    ["+86 138-0000-0000", "13800000000"],
    ["8613800000000", "13800000000"],
    ["0994-7210000", "09947210000"],
    ["(0994) 7210000", "09947210000"],
    ["12800000000", null],
    ["1380000000", null],
    ["7210000", null],
  ])("reads the phone number %j as %j", (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it("hashes the registry fields regardless of key order, and tells a change", () => {
    const fields = personFields();
    const reordered = Object.fromEntries(Object.entries(fields).reverse()) as typeof fields;
    expect(contentHash(reordered, null)).toBe(contentHash(fields, null));
    expect(contentHash({ ...fields, idNumber: idNumber(2) }, null)).not.toBe(contentHash(fields, null));
    expect(contentHash(fields, "household")).not.toBe(contentHash(fields, null));
  });
});
