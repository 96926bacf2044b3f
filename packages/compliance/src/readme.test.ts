import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { FIELD_RULES, RULES } from "./rules.ts";

it("the README lists every rule, and no rule that is gone", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const table = readme.slice(readme.indexOf("## Rules"));
  const listed = [...table.matchAll(/^\| `([a-z0-9_.-]+)` \|/gm)].map((m) => m[1]);
  expect(listed).toEqual([...RULES, ...FIELD_RULES].map((r) => r.id));
});
