import { describe, expect, it } from "vitest";
import { decimal, formatDecimal } from "./decimal.ts";
import { formatUnit, fromBase, parseUnit, toBase, unitKind } from "./units.ts";

describe("parseUnit", () => {
  it.each([
    // symbol, base, power, canonical
    ["人", "person", 0, "人"],
    ["名", "person", 0, "人"],
    ["万人", "person", 4, "万人"],
    ["人次", "person_time", 0, "人次"],
    ["万人次", "person_time", 4, "万人次"],
    ["个", "piece", 0, "个"],
    ["万个", "piece", 4, "万个"],
    ["场次", "session", 0, "场次"],
    ["场", "session", 0, "场次"],
    ["家", "establishment", 0, "家"],
    ["户", "household", 0, "户"],
    ["项", "item", 0, "项"],
    ["%", "percent", 0, "%"],
    ["％", "percent", 0, "%"],
    ["元", "yuan", 0, "元"],
    ["万元", "yuan", 4, "万元"],
    ["亿元", "yuan", 8, "亿元"],
    [" 万 人 ", "person", 4, "万人"],
  ])("%j", (symbol, base, power, canonical) => {
    const unit = parseUnit(symbol);
    expect(unit).toEqual({ base, power });
    if (unit) expect(formatUnit(unit)).toBe(canonical);
  });

  it.each(["", "吨", "万", "万%", "人人", "千人", "people"])("%j is not a unit", (symbol) => {
    expect(parseUnit(symbol)).toBeNull();
  });

  it("tells rates from counts", () => {
    expect([parseUnit("%"), parseUnit("万人")].map((u) => u && unitKind(u))).toEqual(["rate", "count"]);
  });
});

describe("toBase and fromBase: exact", () => {
  it.each([
    // value, unit, in base units
    ["2.35", "万个", "23500"],
    ["0.35", "万个", "3500"],
    ["0.016", "万人", "160"],
    ["108.23", "万人", "1082300"],
    ["3.36", "万人次", "33600"],
    ["1.5", "亿元", "150000000"],
    ["0.00001", "万人", "0.1"],
    ["500", "人", "500"],
    ["98.5", "%", "98.5"],
  ])("%s %s = %s", (value, symbol, base) => {
    const unit = parseUnit(symbol);
    if (!unit) throw new Error(symbol);
    const inBase = toBase(decimal(value), unit);
    expect(formatDecimal(inBase)).toBe(base);
    expect(formatDecimal(fromBase(inBase, unit))).toBe(value);
  });
});
