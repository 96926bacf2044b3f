import { describe, expect, it } from "vitest";
import { type Comparator, parseCell } from "./cell.ts";
import { decimal } from "./decimal.ts";
import type { Direction } from "./indicator.ts";
import { evaluateProgress, type TargetValue } from "./progress.ts";
import { type Ratio, ratio } from "./ratio.ts";
import { parseUnit } from "./units.ts";

function target(written: string, direction: Direction, comparator?: Comparator): TargetValue {
  const result = parseCell(written);
  if (!result.ok || result.cell.kind !== "value") throw new Error(written);
  const { value, unit } = result.cell;
  return { value, unit, comparator: comparator ?? result.cell.comparator, direction };
}

function actual(written: string) {
  const [, value = "", symbol = ""] = /^([\d.]+)(.*)$/.exec(written) ?? [];
  const unit = parseUnit(symbol);
  if (!unit) throw new Error(written);
  return { value: decimal(value), unit };
}

const HALF = ratio(1, 2);
const ALL = ratio(1);

describe("evaluateProgress: counts against 序时进度", () => {
  it.each([
    // what, target, direction, comparator, actual, 序时进度, completion, gap, met, light
    ["on time", "1000人", "up", "at_least", "500人", HALF, ratio(1, 2), ratio(0), false, "green"],
    ["ahead", "1000人", "up", "at_least", "600人", HALF, ratio(3, 5), ratio(1, 10), false, "green"],
    [
      "4 points behind",
      "1000人",
      "up",
      "at_least",
      "460人",
      HALF,
      ratio(23, 50),
      ratio(-1, 25),
      false,
      "yellow",
    ],
    [
      "5 points behind is red",
      "1000人",
      "up",
      "at_least",
      "450人",
      HALF,
      ratio(9, 20),
      ratio(-1, 20),
      false,
      "red",
    ],
    ["done early", "1000人", "up", "at_least", "1000人", HALF, ratio(1), ratio(1, 2), true, "green"],
    [
      "a bare figure where more is better",
      "7个",
      "up",
      "exact",
      "7个",
      ALL,
      ratio(1),
      ratio(0),
      true,
      "green",
    ],
    [
      "units: 2.35万个 vs 个",
      "2.35万个",
      "up",
      "at_least",
      "11750个",
      HALF,
      ratio(1, 2),
      ratio(0),
      false,
      "green",
    ],
    [
      "units: 3.36万人次 vs 人次",
      "3.36万人次以上",
      "up",
      undefined,
      "33600人次",
      ALL,
      ratio(1),
      ratio(0),
      true,
      "green",
    ],
    ["左右: 300 met at 285", "300人左右", "up", undefined, "285人", ALL, ratio(1), ratio(0), true, "green"],
    [
      "左右: 284 is short",
      "300人左右",
      "up",
      undefined,
      "284人",
      ALL,
      ratio(284, 285),
      ratio(-1, 285),
      false,
      "yellow",
    ],
    [
      "ceiling, within pace",
      "100户",
      "down",
      "at_most",
      "40户",
      HALF,
      ratio(2, 5),
      ratio(1, 10),
      true,
      "green",
    ],
    [
      "ceiling, over pace",
      "100户",
      "down",
      "at_most",
      "53户",
      HALF,
      ratio(53, 100),
      ratio(-3, 100),
      true,
      "yellow",
    ],
    [
      "ceiling broken is red",
      "100户",
      "down",
      "at_most",
      "101户",
      ALL,
      ratio(101, 100),
      ratio(-1, 100),
      false,
      "red",
    ],
    ["ceiling kept at year end", "100户", "down", "at_most", "100户", ALL, ratio(1), ratio(0), true, "green"],
    ["a floor of zero", "0人", "up", "at_least", "0人", HALF, ratio(1), ratio(1, 2), true, "green"],
    ["a ceiling of zero kept", "0户", "down", "at_most", "0户", HALF, ratio(0), ratio(1, 2), true, "green"],
    ["a ceiling of zero broken", "0户", "down", "at_most", "1户", HALF, ratio(1), ratio(-1, 2), false, "red"],
  ] as const)("%s", (_what, t, direction, comparator, a, expected, completion, gap, met, light) => {
    const progress = evaluateProgress(target(t, direction, comparator), actual(a), {
      timeProgress: expected,
    });
    expect(progress).toEqual({ completion, expected, gap, met, light });
  });

  it("takes the margin as configured", () => {
    const options = { timeProgress: HALF, marginPoints: 10 };
    expect(evaluateProgress(target("1000人", "up"), actual("450人"), options).light).toBe("yellow");
    expect(evaluateProgress(target("1000人", "up"), actual("400人"), options).light).toBe("red");
  });

  it("refuses to compare different units", () => {
    expect(() =>
      evaluateProgress(target("1000人", "up"), actual("500人次"), { timeProgress: HALF }),
    ).toThrow();
  });
});

describe("evaluateProgress: rates compared directly", () => {
  it.each([
    // target, direction, actual, gap, met, light
    ["98%以上", "up", "98%", ratio(0), true, "green"],
    ["98%以上", "up", "99.5%", ratio(3, 200), true, "green"],
    ["98%以上", "up", "95%", ratio(-3, 100), false, "yellow"],
    ["98%以上", "up", "93%", ratio(-1, 20), false, "red"],
    ["控制在5.5%以内", "down", "5.5%", ratio(0), true, "green"],
    ["控制在5.5%以内", "down", "6%", ratio(-1, 200), false, "yellow"],
    ["控制在5.5%以内", "down", "10.5%", ratio(-1, 20), false, "red"],
    ["控制在5.0%左右", "down", "5.2%", ratio(1, 2000), true, "green"],
    ["控制在5.0%左右", "down", "5.3%", ratio(-1, 2000), false, "yellow"],
  ] as const)("%s, actual %s", (t, direction, a, gap, met, light) => {
    // 序时进度 plays no part: the same result at the start of the year and at its end.
    for (const timeProgress of [ratio(0), ALL]) {
      const progress = evaluateProgress(target(t, direction), actual(a), { timeProgress });
      expect(progress).toEqual({ completion: null, expected: null, gap, met, light });
    }
  });
});

describe("evaluateProgress: tolerance for 左右", () => {
  it.each([
    [0.05, "285人", true],
    [0.1, "270人", true],
    [0, "299人", false],
  ])("tolerance %s, actual %s: met %s", (aboutTolerance, a, met) => {
    const progress = evaluateProgress(target("300人左右", "up"), actual(a), {
      timeProgress: ALL,
      aboutTolerance,
    });
    expect(progress.met).toBe(met);
  });

  it("keeps gaps exact", () => {
    const gap: Ratio = evaluateProgress(target("3人", "up", "at_least"), actual("1人"), {
      timeProgress: ratio(1, 3),
    }).gap;
    expect(gap).toEqual(ratio(0));
  });
});
