import { describe, expect, it } from "vitest";
import { weeklyHours } from "./hours.ts";

describe("weeklyHours", () => {
  it.each([
    ["每周工作44小时", 44],
    ["每天8小时，做六休一", 48],
    ["每天工作八个半小时，双休", 43],
    ["早九晚六，双休", 40],
    ["早8晚8，单休", 66],
    ["上班时间9:00-18:00，周休一天", 48],
    ["8小时工作制", 40],
    ["两班倒，做六休一", 72],
    ["三班倒", 40],
    ["月休4天", 49],
    ["大小周，每日10小时", 55],
    ["全年无休，每天十二小时", 84],
  ])("reads %j as %i hours a week", (text, hours) => {
    expect(weeklyHours(text, "full_time")).toEqual({ hours, source: "text" });
  });

  it.each([
    ["full_time", { hours: 40, source: "type" }],
    ["internship", { hours: 40, source: "type" }],
    ["part_time", { hours: 20, source: "type" }],
    ["gig", null],
    ["seasonal", null],
  ] as const)("falls back on the usual hours of %s", (type, expected) => {
    expect(weeklyHours("工地招聘小工，日结，包吃住", type)).toEqual(expected);
  });
});
