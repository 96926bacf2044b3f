import { describe, expect, it } from "vitest";
import { effectiveComparator, readIndicators } from "./indicator.ts";

const good = {
  code: "urban_new_jobs",
  name: "城镇新增就业",
  unit: "人",
  kind: "count",
  direction: "up",
  comparator: "at_least",
  source: "reported",
};

describe("readIndicators", () => {
  it("reads a good catalogue", () => {
    const { indicators, problems } = readIndicators({ indicators: [good] });
    expect(problems).toEqual([]);
    expect(indicators).toEqual([{ ...good, unit: { base: "person", power: 0 } }]);
  });

  it.each([
    ["a % kept as a count", { unit: "%" }, "indicators[0]", "a count cannot be kept in this unit"],
    [
      "a floor where less is better",
      { direction: "down" },
      "indicators[0]",
      "an at-least target where less is better",
    ],
    [
      "a ceiling where more is better",
      { comparator: "at_most" },
      "indicators[0]",
      "an at-most target where more is better",
    ],
    ["an unknown unit", { unit: "吨" }, "indicators[0].unit", "unknown unit"],
    [
      "a Chinese code",
      { code: "城镇新增就业" },
      "indicators[0].code",
      "codes are lower-case English words joined by _",
    ],
    [
      "an unknown source",
      { source: "guessed" },
      "indicators[0].source",
      "expected one of computed, reported",
    ],
  ])("reports %s", (_what, change, path, message) => {
    expect(readIndicators({ indicators: [{ ...good, ...change }] }).problems).toContainEqual({
      path,
      message,
    });
  });

  it("reports duplicate codes", () => {
    expect(readIndicators({ indicators: [good, good] }).problems).toEqual([
      { path: "indicators[1].code", message: "duplicate code urban_new_jobs" },
    ]);
  });
});

describe("effectiveComparator", () => {
  const [indicator] = readIndicators({ indicators: [good] }).indicators;
  it.each([
    ["exact", "at_least"],
    ["at_most", "at_most"],
    ["about", "about"],
    ["at_least", "at_least"],
  ] as const)("a cell written %s means %s for an at-least indicator", (written, meant) => {
    if (!indicator) throw new Error("no indicator");
    expect(effectiveComparator(written, indicator)).toBe(meant);
  });
});
