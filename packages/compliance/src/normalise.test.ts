import { describe, expect, it } from "vitest";
import { normalise, originalSpan } from "./normalise.ts";

describe("normalise", () => {
  it.each([
    ["僅限男性", "仅限男性", "仅限男性"],
    ["已婚已育優先", "已婚已育优先", "已婚已育优先"],
    ["限 男 性", "限男性", "限男性"],
    ["限·男", "限男", "限·男"],
    ["限男、性", "限男性", "限男、性"],
    ["仅\u3000招\u3000女\u3000性", "仅招女性", "仅招女性"],
    ["限\u200b男\u200c性\ufeff", "限男性", "限男性"],
    ["ＨＩＶ陰性", "hiv阴性", "hiv阴性"],
    ["身高１６５ｃｍ以上", "身高165cm以上", "身高165cm以上"],
    ["18～35周歲", "18-35周岁", "18-35周岁"],
    ["18 — 35岁", "18-35岁", "18-35岁"],
    ["月薪1.5万。限-男", "月薪1.5万限男", "月薪1.5万。限-男"],
    ["安检员（女）", "安检员女", "安检员(女)"],
    ["【急招】保安", "急招保安", "(急招)保安"],
    ["显著", "显著", "显著"],
  ])("%j → compact %j, light %j", (input, compact, light) => {
    const n = normalise(input);
    expect(n.compact.text).toBe(compact);
    expect(n.light.text).toBe(light);
  });

  it.each([
    ["要求：限 男 性，35岁", "限男性", "限 男 性"],
    ["僅限男性", "仅限男性", "僅限男性"],
    ["请注意😀限男性", "限男性", "限男性"],
    ["身高１６５ｃｍ以上", "165cm", "１６５ｃｍ"],
    ["限\u200b男性", "限男性", "限\u200b男性"],
  ])("maps %j's match of %j back to the original %j", (input, needle, original) => {
    const n = normalise(input);
    const at = n.compact.text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = originalSpan(n.compact, at, at + needle.length);
    expect(input.slice(span.start, span.end)).toBe(original);
  });

  it("keeps one entry per normalised character", () => {
    const n = normalise("Ａ　ｂ，限 男 性😀");
    for (const view of [n.compact, n.light]) {
      expect(view.starts.length).toBe(view.text.length);
      expect(view.ends.length).toBe(view.text.length);
    }
  });
});
