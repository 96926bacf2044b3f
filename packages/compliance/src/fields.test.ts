import { describe, expect, it } from "vitest";
import { checkPosting } from "./check.ts";
import { chinaToday } from "./fields.ts";
import type { PostingInput } from "./types.ts";

const AS_OF = "2026-11-22";

function posting(over: Partial<PostingInput>): PostingInput {
  return {
    title: "普工",
    description: "昌吉市某企业招聘普工，包吃住。",
    salaryMin: 4000,
    salaryMax: 5000,
    salaryUnit: "month",
    regionCode: "652301",
    headcount: 5,
    validUntil: "2026-12-31",
    ...over,
  };
}

function rulesFound(over: Partial<PostingInput>, minimumMonthlyWage?: number): string[] {
  const options = minimumMonthlyWage === undefined ? { asOf: AS_OF } : { asOf: AS_OF, minimumMonthlyWage };
  return checkPosting(posting(over), options).findings.map((f) => `${f.rule}/${f.severity}:${f.text}`);
}

describe("structured fields", () => {
  it.each([
    [{}, []],
    [{ salaryMin: null, salaryMax: null, salaryUnit: null }, ["pay.missing/block:"]],
    [{ salaryMin: 0, salaryMax: 0 }, ["pay.missing/block:"]],
    [{ salaryUnit: null }, ["pay.unit-missing/block:4000"]],
    [{ salaryMin: 1200, salaryMax: 1500 }, ["pay.below-minimum/warn:1200"]],
    [{ salaryMin: 1900, salaryMax: 2000 }, []],
    [{ salaryMin: null, salaryMax: 1500 }, ["pay.below-minimum/warn:1500"]],
    [{ salaryMin: 80, salaryMax: 100, salaryUnit: "day" }, ["pay.below-minimum/warn:80"]],
    [{ salaryMin: 88, salaryMax: 100, salaryUnit: "day" }, []],
    [{ salaryMin: 10, salaryMax: 12, salaryUnit: "hour" }, ["pay.below-minimum/warn:10"]],
    [{ salaryMin: 11, salaryMax: 12, salaryUnit: "hour" }, []],
    [{ salaryMin: 0.5, salaryMax: 1, salaryUnit: "piece" }, []],
    [{ salaryMin: 6000, salaryMax: 4000 }, ["pay.range-inverted/warn:6000-4000"]],
    [{ salaryMin: 100_000, salaryMax: 300_000 }, ["pay.implausibly-high/warn:300000"]],
    [{ salaryMin: 10_000, salaryMax: 10_000, salaryUnit: "day" }, ["pay.implausibly-high/warn:10000"]],
    [{ regionCode: null }, ["location.missing/block:"]],
    [{ regionCode: "  " }, ["location.missing/block:"]],
    [{ regionCode: "乌鲁木齐" }, ["location.invalid/block:乌鲁木齐"]],
    [{ regionCode: "6523" }, ["location.invalid/block:6523"]],
    [{ regionCode: "992301" }, ["location.invalid/block:992301"]],
    [{ regionCode: "652300-Z01" }, []],
    [{ regionCode: "652301001" }, []],
    [{ regionCode: "652301001001" }, []],
    [{ headcount: null }, ["headcount.missing/warn:"]],
    [{ headcount: 0 }, ["headcount.missing/warn:0"]],
    [{ headcount: 2.5 }, ["headcount.missing/warn:2.5"]],
    [{ validUntil: null }, ["validity.missing/warn:"]],
    [{ validUntil: "2026-13-01" }, ["validity.invalid/warn:2026-13-01"]],
    [{ validUntil: "31/12/2026" }, ["validity.invalid/warn:31/12/2026"]],
    [{ validUntil: "2026-11-21" }, ["validity.expired/block:2026-11-21"]],
    [{ validUntil: "2026-11-22" }, []],
  ] as const)("%j → %j", (over, expected) => {
    expect(rulesFound(over)).toEqual(expected);
  });

  it("converts the minimum wage it is given", () => {
    expect(rulesFound({ salaryMin: 2000, salaryMax: 2500 }, 2100)).toEqual(["pay.below-minimum/warn:2000"]);
    expect(rulesFound({ salaryMin: 95, salaryMax: 100, salaryUnit: "day" }, 2100)).toEqual([
      "pay.below-minimum/warn:95",
    ]);
  });

  it("defaults the day to today in UTC+8", () => {
    expect(chinaToday(new Date("2026-11-21T16:30:00Z"))).toBe("2026-11-22");
    expect(chinaToday(new Date("2026-11-21T15:59:59Z"))).toBe("2026-11-21");
  });
});
