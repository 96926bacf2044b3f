import { describe, expect, it } from "vitest";
import { parseMonths } from "./months.ts";

describe("parseMonths", () => {
  it.each([
    ["1月至3月", [1, 2, 3]],
    ["5至6月", [5, 6]],
    ["3月至5月和9月至11月", [3, 4, 5, 9, 10, 11]],
    ["4月、9月", [4, 9]],
    ["9月上旬", [9]],
    ["5月16日前后", [5]],
    ["11月至12月", [11, 12]],
    ["10月", [10]],
    ["３月至４月", [3, 4]],
  ])("%s", (text, months) => {
    expect(parseMonths(text)).toEqual(months);
  });

  it.each(["", "全年", "13月", "5月至3月", "0月", "春季", "3月份左右开始"])("%j is not read", (text) => {
    expect(parseMonths(text)).toBeNull();
  });
});
