import { describe, expect, it } from "vitest";
import { rankIndicator, rankOverall, type Standing } from "./ranking.ts";
import { ratio } from "./ratio.ts";

const s = (region: string, indicator: string, gap: [number, number] | null): Standing => ({
  region,
  indicator,
  gap: gap ? ratio(gap[0], gap[1]) : null,
});

const ranksOf = (ranked: { region: string; rank: number | null }[]) => ranked.map((r) => [r.region, r.rank]);

describe("rankIndicator", () => {
  it.each([
    [
      "distinct gaps, best first",
      [s("652301", "jobs", [1, 10]), s("652302", "jobs", [-1, 10]), s("652323", "jobs", [0, 1])],
      [
        ["652301", 1],
        ["652323", 2],
        ["652302", 3],
      ],
    ],
    [
      "ties share a rank and skip the next (1, 2, 2, 4); tied counties by code",
      [
        s("652328", "jobs", [1, 20]),
        s("652301", "jobs", [1, 5]),
        s("652324", "jobs", [-1, 10]),
        s("652302", "jobs", [1, 20]),
      ],
      [
        ["652301", 1],
        ["652302", 2],
        ["652328", 2],
        ["652324", 4],
      ],
    ],
    [
      "equal fractions written differently are a tie",
      [s("652301", "jobs", [1, 3]), s("652302", "jobs", [2, 6]), s("652323", "jobs", [333, 1000])],
      [
        ["652301", 1],
        ["652302", 1],
        ["652323", 3],
      ],
    ],
    [
      "no actual value: unranked, after the others",
      [s("652301", "jobs", null), s("652302", "jobs", [-1, 2]), s("652300-Z01", "jobs", null)],
      [
        ["652302", 1],
        ["652300-Z01", null],
        ["652301", null],
      ],
    ],
    [
      "only the asked indicator",
      [s("652301", "jobs", [1, 2]), s("652302", "fairs", [1, 1]), s("652302", "jobs", [0, 1])],
      [
        ["652301", 1],
        ["652302", 2],
      ],
    ],
  ])("%s", (_what, standings, expected) => {
    expect(ranksOf(rankIndicator("jobs", standings))).toEqual(expected);
  });

  it("says what is missing", () => {
    expect(rankIndicator("jobs", [s("652301", "jobs", null)])).toEqual([
      { region: "652301", score: null, rank: null, missing: ["jobs"] },
    ]);
  });
});

describe("rankOverall", () => {
  const standings = [
    s("A", "jobs", [1, 10]),
    s("A", "fairs", [-3, 10]),
    s("B", "jobs", [-1, 10]),
    s("B", "fairs", [1, 10]),
    // C has no target for fairs (a "/" cell): only jobs counts.
    s("C", "jobs", [0, 1]),
  ];

  it.each([
    [
      "equal weights: A -0.1, B 0, C 0",
      undefined,
      undefined,
      [
        ["B", 1],
        ["C", 1],
        ["A", 3],
      ],
      ["B", ratio(0)],
    ],
    [
      "jobs weighs 3: A 0, B -0.05, C 0",
      { jobs: 3 },
      undefined,
      [
        ["A", 1],
        ["C", 1],
        ["B", 3],
      ],
      ["A", ratio(0)],
    ],
    [
      "fairs left out (weight 0)",
      { fairs: 0 },
      undefined,
      [
        ["A", 1],
        ["C", 2],
        ["B", 3],
      ],
      ["A", ratio(1, 10)],
    ],
    [
      "gaps capped at 0.05: A -0.125, B -0.025, C 0",
      undefined,
      0.05,
      [
        ["C", 1],
        ["B", 2],
        ["A", 3],
      ],
      ["A", ratio(-1, 8)],
    ],
  ] as const)("%s", (_what, weights, capGap, expected, [region, score]) => {
    const ranked = rankOverall(standings, { ...(weights ? { weights } : {}), ...(capGap ? { capGap } : {}) });
    expect(ranksOf(ranked)).toEqual(expected);
    expect(ranked.find((r) => r.region === region)?.score).toEqual(score);
  });

  it("leaves a county with a missing actual value unranked and says which", () => {
    const ranked = rankOverall([...standings, s("D", "jobs", [1, 1]), s("D", "fairs", null)]);
    expect(ranked.at(-1)).toEqual({ region: "D", score: null, rank: null, missing: ["fairs"] });
  });

  it("rejects negative weights", () => {
    expect(() => rankOverall(standings, { weights: { jobs: -1 } })).toThrow();
  });
});
