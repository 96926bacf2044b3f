import { describe, expect, it } from "vitest";
import { findInSnippet } from "./match.ts";
import { FIELD_RULES, RULES } from "./rules.ts";
import { CATEGORIES } from "./types.ts";

const LAW_CITATION = /《[^》]+》第[一二三四五六七八九十百]+(?:条|项)|（[^）]*号）|《[^》]+通知》/;

describe("the rule table", () => {
  const all = [...RULES, ...FIELD_RULES];

  it("has unique ids that start with their category or field family", () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.id.startsWith(`${r.category}.`), r.id).toBe(true);
  });

  it("covers every category", () => {
    const covered = new Set(all.map((r) => r.category));
    expect([...CATEGORIES].filter((c) => !covered.has(c))).toEqual([]);
  });

  it.each(all.map((r) => [r.id, r] as const))("%s cites a law and says why", (_id, rule) => {
    expect(rule.basis).toMatch(LAW_CITATION);
    expect(rule.note.length).toBeGreaterThan(4);
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    "%s compiles, with unicode flags, and has examples both ways",
    (_id, rule) => {
      for (const source of [...rule.patterns, ...rule.exceptions])
        expect(() => new RegExp(source, "u")).not.toThrow();
      expect(rule.examples.hits.length).toBeGreaterThan(0);
      expect(rule.examples.misses.length).toBeGreaterThan(0);
    },
  );
});

describe.each(RULES.map((r) => [r.id, r] as const))("rule %s", (_id, rule) => {
  it.each(rule.examples.hits.map((h) => [h]))("finds %j", (snippet) => {
    expect(findInSnippet(rule, snippet)).not.toEqual([]);
  });
  it.each(rule.examples.misses.map((m) => [m]))("leaves %j alone", (snippet) => {
    expect(findInSnippet(rule, snippet)).toEqual([]);
  });
});
