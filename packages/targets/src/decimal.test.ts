import { describe, expect, it } from "vitest";
import { add, compare, decimal, formatDecimal, parseDecimal, shift, sum, toNumber } from "./decimal.ts";
import { compareRatios, fromDecimal, fromNumber, quotient, ratio, ratioToNumber } from "./ratio.ts";

describe("decimals", () => {
  it.each(["0", "7", "-4", "2.35", "0.016", "108.23", "10"])("%s reads and prints back", (text) => {
    expect(formatDecimal(decimal(text))).toBe(text);
  });

  it.each(["", "1,200", "1e3", ".5", "5.", "+5", "五"])("%j is not a plain decimal", (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it("drops trailing zeros", () => {
    expect(formatDecimal(decimal("10.00"))).toBe("10");
    expect(formatDecimal(decimal("2.50"))).toBe("2.5");
  });

  it("adds exactly", () => {
    const parts = ["0.35", "1.25", "1.2", "1.25", "2.35", "1.2", "1.2", "1.2"];
    expect(formatDecimal(sum(parts.map(decimal)))).toBe("10");
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatDecimal(add(decimal("0.1"), decimal("0.2")))).toBe("0.3");
  });

  it.each([
    ["2.35", 4, "23500"],
    ["23500", -4, "2.35"],
    ["1", -3, "0.001"],
    ["0.001", 3, "1"],
  ])("shift(%s, %i) = %s", (value, places, expected) => {
    expect(formatDecimal(shift(decimal(value), places))).toBe(expected);
  });

  it("compares across scales", () => {
    expect(compare(decimal("10"), decimal("10.00"))).toBe(0);
    expect(compare(decimal("9.99"), decimal("10"))).toBe(-1);
    expect(compare(decimal("-1"), decimal("-2"))).toBe(1);
    expect(toNumber(decimal("0.016"))).toBe(0.016);
  });
});

describe("ratios", () => {
  it("reduces and keeps the sign on the numerator", () => {
    expect(ratio(6, -8)).toEqual({ num: -3n, den: 4n });
    expect(() => ratio(1, 0)).toThrow();
  });

  it("reads numbers through their decimal text", () => {
    expect(fromNumber(0.3)).toEqual(ratio(3, 10));
    expect(fromNumber(5)).toEqual(ratio(5));
    expect(fromNumber(1e-7)).toEqual(ratio(1, 10_000_000));
    expect(fromNumber(2.5e21)).toEqual(ratio(2_500_000_000_000_000_000_000n));
  });

  it("divides exactly", () => {
    expect(fromDecimal(decimal("2.35"))).toEqual(ratio(47, 20));
    expect(quotient(fromDecimal(decimal("1")), fromDecimal(decimal("3")))).toEqual(ratio(1, 3));
    expect(compareRatios(quotient(ratio(2), ratio(6)), ratio(1, 3))).toBe(0);
    expect(ratioToNumber(ratio(1, 4))).toBe(0.25);
  });
});
