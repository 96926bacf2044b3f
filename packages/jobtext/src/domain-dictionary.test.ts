import { describe, expect, it } from "vitest";
import { domainDictionaryText, domainWords, FREQUENCY, shortPlaceName } from "./domain-dictionary.ts";
import { readCodeList, readDictLines } from "./reference.ts";

describe("shortPlaceName", () => {
  it.each([
    ["昌吉市", 3, "昌吉"],
    ["奇台县", 3, "奇台"],
    ["天山区", 3, "天山"],
    ["木垒哈萨克自治县", 3, "木垒"],
    ["察布查尔锡伯自治县", 3, "察布查尔"],
    ["昌吉回族自治州", 2, "昌吉"],
    ["阿克苏地区", 2, "阿克苏"],
    ["乌鲁木齐市", 2, "乌鲁木齐"],
    ["新疆维吾尔自治区", 1, "新疆"],
    ["老奇台镇", 4, "老奇台"],
    ["燕儿窝街道", 4, "燕儿窝"],
    ["上户沟哈萨克族乡", 4, "上户沟"],
    ["石梯子哈萨克民族乡", 4, "石梯子"],
    ["大南沟乌孜别克乡", 4, "大南沟"],
    ["和县", 3, null], // one character would be left
    ["二道桥片区", 4, null], // no suffix we strip
  ])("%s → %s", (name, level, short) => {
    expect(shortPlaceName(name, level)).toBe(short);
  });
});

describe("domainWords", () => {
  const words = domainWords();

  it("holds the curated list (150+ entries), occupations and places", () => {
    expect(readDictLines("domain.txt").length).toBeGreaterThanOrEqual(150);
    for (const w of ["包吃住", "五险一金", "钢筋工", "拾花工", "外卖骑手", "退役军人"]) {
      expect(words.get(w)).toBe(FREQUENCY.curated);
    }
    for (const w of ["养老护理员", "网约配送员", "挖掘铲运和桩工机械司机"]) expect(words.has(w)).toBe(true);
    for (const w of ["昌吉市", "奇台县", "老奇台镇"]) expect(words.get(w)).toBe(FREQUENCY.place);
    expect(words.get("奇台")).toBe(FREQUENCY.placeShort);
    expect(words.get("准东经济技术开发区")).toBe(FREQUENCY.place);
  });

  it("leaves out what jieba could never match (names with 、 or brackets)", () => {
    expect(words.has("农、林、牧、渔业生产及辅助人员")).toBe(false);
    for (const w of words.keys()) expect(w).toMatch(/^[\p{Script=Han}A-Za-z0-9]{2,}$/u);
  });

  it("the reference CSVs have no quoted fields (the reader splits on commas)", () => {
    for (const file of ["occupations_cn_2022.csv", "admin_divisions_xinjiang_2023.csv"]) {
      for (const row of readCodeList(file)) expect(row.name).not.toMatch(/["]/);
    }
  });
});

describe("domainDictionaryText", () => {
  it("never lowers a word's frequency in jieba's own dictionary", () => {
    const base = new TextEncoder().encode("天山 679 ns\n钢筋 573 n\n奇台 16 n\n");
    const lines = new Map(
      domainDictionaryText(base)
        .trim()
        .split("\n")
        .map((l) => l.split(" ") as [string, string]),
    );
    expect(lines.get("天山")).toBe("679"); // from 天山区: would have been 100
    expect(lines.get("奇台")).toBe(String(FREQUENCY.placeShort)); // raised from 16
    expect(lines.has("钢筋")).toBe(false); // not a domain word: untouched
  });
});
