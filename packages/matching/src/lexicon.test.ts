import { readFileSync } from "node:fs";
import { TRAINING_KINDS } from "@jiuye/contract/matching";
import { describe, expect, it } from "vitest";
import { SKILLS } from "./lexicon.ts";
import { foldText, skillsAsked, skillsHeld } from "./skills.ts";

/** Codes of the 职业分类大典 2022 as the server ships them. */
const OCCUPATION_CODES = new Set(
  readFileSync(new URL("../../../apps/server/reference/occupations_cn_2022.csv", import.meta.url), "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[0]),
);

describe("the skills lexicon", () => {
  const ids = SKILLS.map((s) => s.id);

  it("has about sixty entries with unique ids", () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(SKILLS.length).toBeGreaterThanOrEqual(55);
  });

  it.each(SKILLS.map((s) => [s.id, s] as const))("%s is well formed", (_id, entry) => {
    expect(entry.words.length).toBeGreaterThan(0);
    for (const word of [...entry.words, ...(entry.except ?? [])]) expect(foldText(word)).toBe(word);
    if (entry.occupationCode) expect(OCCUPATION_CODES).toContain(entry.occupationCode);
    for (const id of entry.covers ?? []) expect(ids).toContain(id);
    if (entry.training) {
      expect(TRAINING_KINDS).toContain(entry.training.kind);
      expect(entry.training.name.length).toBeGreaterThan(4);
    }
  });
});

/** Ids asked, a preferred one marked with `?`. */
const asked = (text: string) => skillsAsked(text).map((a) => `${a.entry.id}${a.preferred ? "?" : ""}`);

describe("skillsAsked", () => {
  it.each([
    ["招聘电焊工5名，持焊工证上岗", ["welding"]],
    ["会氩弧焊、二保焊", ["welding"]],
    ["持特种作业操作证（电工）", ["electrician"]],
    ["低压电工，需持证", ["electrician"]],
    ["有叉车证者优先", ["forklift?"]],
    ["持焊工证，有电工证、叉车证者优先", ["welding", "electrician?", "forklift?"]],
    ["A1驾照，驾龄5年以上", ["licence_a1"]],
    ["B2以上驾驶证", ["licence_b2"]],
    ["C1驾照，会开车", ["licence_c1"]],
    ["有驾照优先", ["licence_any?"]],
    ["招聘育婴员、月嫂", ["infant_care"]],
    ["养老院招聘养老护理员", ["elderly_care"]],
    ["中式烹调师，会炒新疆菜", ["chinese_cooking"]],
    ["幼儿园保育员", ["nursery"]],
    ["挖机师傅，熟练操作挖掘机", ["excavator"]],
    ["钢筋绑扎，按吨计件", ["steel_fixing"]],
    ["砌筑工（瓦工）", ["masonry"]],
    ["超市收银员", ["cashier"]],
    ["农产品电商直播带货", ["ecommerce", "live_streaming"]],
    ["熟练使用办公软件、Excel", ["office_software"]],
    ["采棉机司机", ["agricultural_machinery"]],
    ["持护士执业证书", ["nurse_licence"]],
  ])("finds what %j asks", (text, ids) => {
    expect(asked(text)).toEqual(ids);
  });

  it.each([
    ["无需电工证，包教包会"],
    ["不会电焊可培训"],
    ["机电工程师，负责钢筋混凝土结构设计"],
    ["汽车美容店洗车工"],
    ["仓库装卸搬运，长期稳定"],
    ["保洁员，打扫小区卫生"],
  ])("asks nothing particular in %j", (text) => {
    expect(asked(text)).toEqual([]);
  });

  it("keeps apart words inside longer words that mean something else", () => {
    expect(asked("叉车工")).toEqual(["forklift"]);
    expect(asked("数控车工")).toEqual(["lathe"]);
  });
});

describe("skillsHeld", () => {
  const held = (skills: string[], certificates: { name: string; occupationCode: string | null }[] = []) => {
    const flags = skillsHeld({ skills, certificates });
    return SKILLS.filter((_, i) => flags[i] === 1).map((s) => s.id);
  };

  it.each([
    [["电焊"], [], ["welding"]],
    [[], [{ name: "焊工", occupationCode: null }], ["welding"]],
    [[], [{ name: "职业技能等级证书", occupationCode: "6-18-02-04" }], ["welding"]],
    [[], [{ name: "低压电工作业操作证", occupationCode: null }], ["electrician"]],
    [[], [{ name: "B2驾驶证", occupationCode: null }], ["licence_b2", "licence_c1", "licence_any"]],
    [["开挖掘机"], [], ["excavator"]],
    [["厨师", "收银"], [], ["chinese_cooking", "cashier"]],
    [["驾驶"], [], []],
    [["机电工程"], [], []],
  ])("%j with certificates %j hold %j", (skills, certificates, ids) => {
    expect(held(skills, certificates)).toEqual(ids);
  });
});
