import { describe, expect, it } from "vitest";
import { piiCipher } from "./pii.ts";

describe("personal data cipher", () => {
  const pii = piiCipher("s".repeat(40));

  it("round-trips, with a fresh nonce each time", () => {
    const a = pii.encrypt("id_number", "65232519900101002X");
    const b = pii.encrypt("id_number", "65232519900101002X");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(a).not.toContain("19900101");
    expect(pii.decrypt("id_number", a)).toBe("65232519900101002X");
    expect(pii.decrypt("id_number", b)).toBe("65232519900101002X");
  });

  it("refuses a ciphertext read as another kind, altered, or under another secret", () => {
    const sealed = pii.encrypt("phone", "13800000000");
    expect(() => pii.decrypt("id_number", sealed)).toThrow();
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => pii.decrypt("phone", `v1:${bytes.toString("base64url")}`)).toThrow();
    expect(() => piiCipher("o".repeat(40)).decrypt("phone", sealed)).toThrow();
    expect(() => pii.decrypt("phone", "v0:abc")).toThrow(/unknown ciphertext format/);
  });

  it("hashes for look-ups: stable for a value, distinct per kind and per secret", () => {
    const hash = pii.lookupHash("phone", "13800000000");
    expect(pii.lookupHash("phone", "13800000000")).toBe(hash);
    expect(pii.lookupHash("id_number", "13800000000")).not.toBe(hash);
    expect(piiCipher("o".repeat(40)).lookupHash("phone", "13800000000")).not.toBe(hash);
    expect(hash).not.toContain("13800000000");
  });
});
