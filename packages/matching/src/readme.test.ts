import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { WEIGHTS } from "./weights.ts";

it("the README's weights table is the weights the scorer uses", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const table = readme.slice(readme.indexOf("## Weights"));
  const rows = [...table.matchAll(/^\| `([a-z]+)` \| (\d+) \|/gm)].map((m) => [m[1], Number(m[2])]);
  expect(Object.fromEntries(rows)).toEqual(WEIGHTS);
  expect(rows.map(([factor]) => factor)).toEqual(Object.keys(WEIGHTS));
});
