import { describe, expect, it } from "vitest";
import { type Cell, parseCell } from "./cell.ts";
import { checkSum } from "./sums.ts";
import { parseUnit } from "./units.ts";

function cells(column: string, written: readonly string[]): Cell[] {
  const unit = parseUnit(column) ?? undefined;
  return written.map((w) => {
    const r = parseCell(w, unit ? { unit } : {});
    if (!r.ok) throw new Error(w);
    return r.cell;
  });
}

const where = { indicator: "vocational_training", region: "652300" };

describe("checkSum", () => {
  it.each([
    // what, column unit, parts, total, computed total (null: adds up)
    ["adds up", "人", ["500", "3500", "2500"], "6500", null],
    [
      "short of the total",
      "人次",
      ["1240", "4000", "3250", "4100", "8800", "3560", "3560", "5000"],
      "33600",
      33510,
    ],
    ["over the total", "人", ["500", "600"], "1000", 1100],
    ["/ and empty add nothing", "人", ["55", "/", "—", "", "245"], "300", null],
    ["/ is not zero: a / total states nothing", "人", ["55", "245"], "/", null],
    ["empty total states nothing", "人", ["55", "245"], "", null],
    [
      "万 decimals add exactly",
      "万个",
      ["0.35", "1.25", "1.2", "1.25", "2.35", "1.2", "1.2", "1.2"],
      "10",
      null,
    ],
    ["万 decimals off by a little", "万人", ["0.31", "0.16", "0.016"], "0.5", 0.486],
    ["parts in other units of the same base", "人", ["2.32万人", "800"], "2.4万人", null],
  ] as const)("%s", (_what, unit, parts, total, computed) => {
    const [stated] = cells(unit, [total]);
    if (!stated) throw new Error(total);
    const mismatch = checkSum(where, cells(unit, parts), stated);
    if (computed === null) expect(mismatch).toBeNull();
    else
      expect(mismatch).toEqual({
        code: "SUM_MISMATCH",
        indicator: "vocational_training",
        region: "652300",
        unit,
        statedTotal: Number(total),
        computedTotal: computed,
      });
  });

  it("reports in the total's unit", () => {
    const [total] = cells("万人", ["1"]);
    if (!total) throw new Error();
    expect(checkSum(where, cells("人", ["9000"]), total)).toMatchObject({
      unit: "万人",
      statedTotal: 1,
      computedTotal: 0.9,
    });
  });
});
