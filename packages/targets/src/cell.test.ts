import { describe, expect, it } from "vitest";
import { type Comparator, parseCell } from "./cell.ts";
import { formatDecimal } from "./decimal.ts";
import { formatUnit, parseUnit, type Unit } from "./units.ts";

function unit(symbol: string): Unit {
  const u = parseUnit(symbol);
  if (!u) throw new Error(symbol);
  return u;
}

describe("parseCell: figures", () => {
  it.each([
    // written, column unit, value, unit, comparator
    ["500", "人", "500", "人", "exact"],
    ["0", "人", "0", "人", "exact"],
    ["1,200", "人", "1200", "人", "exact"],
    ["1，200", "人", "1200", "人", "exact"],
    ["12,345,678", "元", "12345678", "元", "exact"],
    ["2.35", "万个", "2.35", "万个", "exact"],
    ["0.016", "万人", "0.016", "万人", "exact"],
    ["１２００", "人", "1200", "人", "exact"],
    [" 33600 ", "人次", "33600", "人次", "exact"],
    ["2.32 万人", "人", "2.32", "万人", "exact"],
    ["2.3万", "人", "2.3", "万人", "exact"],
    ["3.36 万人次以上", "人次", "3.36", "万人次", "at_least"],
    ["≥98%", undefined, "98", "%", "at_least"],
    [">=98%", undefined, "98", "%", "at_least"],
    ["98%以上", undefined, "98", "%", "at_least"],
    ["98％以上", undefined, "98", "%", "at_least"],
    ["达 93%以上", undefined, "93", "%", "at_least"],
    ["达到90%以上", undefined, "90", "%", "at_least"],
    ["达100%", undefined, "100", "%", "at_least"],
    ["不低于95%", undefined, "95", "%", "at_least"],
    ["不低于 98%", undefined, "98", "%", "at_least"],
    ["不少于250场次", undefined, "250", "场次", "at_least"],
    ["至少1人", undefined, "1", "人", "at_least"],
    ["稳定在108.23万人以上", undefined, "108.23", "万人", "at_least"],
    ["300人左右", undefined, "300", "人", "about"],
    ["约300人", undefined, "300", "人", "about"],
    ["控制在5.0%左右", undefined, "5", "%", "about"],
    ["控制在5.5%以内", undefined, "5.5", "%", "at_most"],
    ["控制在4.5%", undefined, "4.5", "%", "at_most"],
    ["不超过3.5%", undefined, "3.5", "%", "at_most"],
    ["≤3.5%", undefined, "3.5", "%", "at_most"],
    ["12万人以下", undefined, "12", "万人", "at_most"],
    ["优化到12万人以下", undefined, "12", "万人", "at_most"],
    ["提升到3万人以上", undefined, "3", "万人", "at_least"],
    ["提升到3万人", undefined, "3", "万人", "at_least"],
    ["2万名", undefined, "2", "万人", "exact"],
    ["15 家", undefined, "15", "家", "exact"],
    ["24项", undefined, "24", "项", "exact"],
    ["30户", undefined, "30", "户", "exact"],
    ["1.5亿元", undefined, "1.5", "亿元", "exact"],
  ] as const)("%j in a column of %s", (written, column, value, unitSymbol, comparator) => {
    const result = parseCell(written, column ? { unit: unit(column) } : {});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.cell.kind).toBe("value");
    if (result.cell.kind !== "value") return;
    expect(formatDecimal(result.cell.value)).toBe(value);
    expect(formatUnit(result.cell.unit)).toBe(unitSymbol);
    expect(result.cell.comparator).toBe(comparator satisfies Comparator);
    expect(result.cell.written).toBe(written);
  });
});

describe("parseCell: no figure", () => {
  it.each([
    ["/", "not_applicable"],
    ["／", "not_applicable"],
    ["—", "not_applicable"],
    ["——", "not_applicable"],
    ["-", "not_applicable"],
    ["", "empty"],
    ["   ", "empty"],
  ])("%j is %s, not zero", (written, kind) => {
    const result = parseCell(written, { unit: unit("人") });
    expect(result).toMatchObject({ ok: true, cell: { kind } });
  });

  it("keeps / as written, for export", () => {
    expect(parseCell("/")).toEqual({ ok: true, cell: { kind: "not_applicable", written: "/" } });
  });
});

describe("parseCell: errors say what and where", () => {
  it.each([
    ["words", "全覆盖", "人", "UNREADABLE_CELL"],
    ["Chinese numerals", "两次", "场次", "UNREADABLE_CELL"],
    ["two figures", "1村1名", "人", "UNREADABLE_CELL"],
    ["bad grouping", "1,20", "人", "UNREADABLE_CELL"],
    ["trailing text", "500人（含准东）", "人", "UNREADABLE_CELL"],
    ["unknown unit", "5吨", "人", "UNREADABLE_CELL"],
    ["no unit anywhere", "500", undefined, "MISSING_UNIT"],
    ["万 with nothing to scale", "2万", undefined, "MISSING_UNIT"],
    ["a % in a column of people", "98%", "人", "UNIT_MISMATCH"],
    ["people in a column of people-times", "3000人", "人次", "UNIT_MISMATCH"],
    ["floor and ceiling at once", "不低于5%以内", undefined, "CONFLICTING_COMPARATORS"],
    ["ceiling and about at once", "不超过300人左右", undefined, "CONFLICTING_COMPARATORS"],
  ] as const)("%s: %j", (_what, written, column, code) => {
    const at = { sheet: "附件1", row: "木垒县", column: "城镇新增就业" };
    const result = parseCell(written, { ...(column ? { unit: unit(column) } : {}), at });
    expect(result).toMatchObject({ ok: false, error: { code, written, at } });
  });
});
