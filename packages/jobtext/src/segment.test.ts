import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { segmentForIndex, segmentQuery, toTsqueryText, toTsvectorText } from "./segment.ts";

describe("segmentForIndex keeps domain words whole", () => {
  it.each([
    ["招聘钢筋工5名", "钢筋工"],
    ["缴纳五险一金", "五险一金"],
    ["包吃住，月结", "包吃住"],
    ["包吃住，月结", "月结"],
    ["工作地点昌吉市", "昌吉市"],
    ["奇台县老奇台镇", "奇台县"],
    ["奇台县老奇台镇", "老奇台镇"],
    ["持焊工证上岗", "焊工证"],
    ["招聘拾花工", "拾花工"],
    ["纺织挡车工若干", "纺织挡车工"],
    ["养老护理员，有证优先", "养老护理员"],
    ["外卖骑手，日结", "外卖骑手"],
    ["欢迎退役军人和应届毕业生", "退役军人"],
    ["欢迎退役军人和应届毕业生", "应届毕业生"],
    ["挖掘铲运和桩工机械司机", "挖掘铲运和桩工机械司机"],
    ["木垒哈萨克自治县", "木垒哈萨克自治县"],
  ])("%s → %s", (text, word) => {
    expect(segmentForIndex(text)).toContain(word);
  });
});

describe("segmentForIndex adds the parts a search may use", () => {
  it.each([
    ["工作地点昌吉市", "昌吉"],
    ["奇台县", "奇台"],
    ["钢筋工", "钢筋"],
    ["木垒哈萨克自治县", "木垒"],
    ["昌吉回族自治州", "昌吉"],
    // A five-character word: search mode alone would not give its four-character part.
    ["电子商务师", "电子商务"],
  ])("%s → %s", (text, part) => {
    expect(segmentForIndex(text)).toContain(part);
  });
});

describe("token cleaning", () => {
  it.each([
    [
      "drops punctuation and whitespace",
      "钢筋工，\t包吃住！！ 。",
      ["钢筋", "钢筋工", "包吃", "吃住", "包吃住"],
    ],
    ["drops single-character stop words", "焊工的工资和待遇", ["焊工", "工资", "待遇"]],
    ["full-width Latin becomes lower-case ASCII", "ＪＡＶＡ开发", ["java", "开发"]],
    ["simplifies traditional characters", "聯繫電話", ["联系", "电话", "联系电话"]],
    ["deduplicates, keeping the first position", "保洁 保洁 保安", ["保洁", "保安"]],
    ["nothing left", "，。！  的", []],
  ])("%s", (_, text, tokens) => {
    expect(segmentForIndex(text)).toEqual(tokens);
  });
});

describe("segmentQuery", () => {
  it.each([
    ["昌吉市钢筋工", ["昌吉市", "钢筋工"]],
    ["电焊工 五险一金", ["电焊工", "五险一金"]],
    ["焊工", ["焊工"]],
    ["奇台", ["奇台"]],
    ["  包吃住！ ", ["包吃住"]],
    ["的", []],
    ["&&& ::*", []],
  ])("%s → %j", (query, tokens) => {
    expect(segmentQuery(query)).toEqual(tokens);
  });

  it("every query word of a domain phrase is a word the index holds", () => {
    const indexed = new Set(segmentForIndex("招聘电焊工5名，昌吉市奇台县，包吃住，五险一金，月结"));
    for (const q of ["电焊工", "奇台", "昌吉市", "包吃住", "五险一金", "月结", "奇台县 电焊工"]) {
      for (const token of segmentQuery(q)) expect(indexed, `${q}: ${token}`).toContain(token);
    }
  });
});

const HOSTILE = [
  "'",
  "''",
  "\\",
  "\\'",
  "&",
  "|",
  "!",
  "!!",
  ":*",
  "a:*",
  "(",
  ")",
  "()",
  "<->",
  "<2>",
  "a & b",
  "'a' | 'b'",
  "钢筋工'",
  "焊工:A",
  "\u0000",
];

describe("toTsqueryText quotes every token", () => {
  it.each([
    [["钢筋工", "昌吉"], "'钢筋工' & '昌吉'"],
    [["it's"], "'it''s'"],
    [["a\\b"], "'a\\\\b'"],
    [["a:*"], "'a:*'"],
    [["!", "钢筋"], "'钢筋'"],
    [[], ""],
  ])("%j → %s", (tokens, text) => {
    expect(toTsqueryText(tokens)).toBe(text);
  });

  it("toTsvectorText joins with spaces and drops control characters", () => {
    expect(toTsvectorText(["钢筋工", "a\u0000b", ""])).toBe("钢筋工 ab");
  });
});

describe("in Postgres (PGlite)", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
  });
  afterAll(async () => {
    await db.close();
  });

  const matches = async (text: string, query: string) => {
    const tsquery = toTsqueryText(segmentQuery(query));
    const result = await db.query<{ m: boolean }>(
      "select to_tsvector('simple', $1) @@ to_tsquery('simple', $2) as m",
      [toTsvectorText(segmentForIndex(text)), tsquery],
    );
    return result.rows[0]?.m;
  };

  it("hostile input is never a syntax error, whether raw tokens or a segmented query", async () => {
    for (const input of HOSTILE) {
      for (const tsquery of [
        toTsqueryText([input]),
        toTsqueryText(segmentQuery(input)),
        toTsqueryText(HOSTILE),
      ]) {
        await expect(
          db.query("select to_tsquery('simple', $1)", [tsquery]),
          JSON.stringify(input),
        ).resolves.toBeDefined();
      }
    }
  });

  it.each([
    ["招聘钢筋工5名，工作地点昌吉市", "钢筋工", true],
    ["招聘钢筋工5名，工作地点昌吉市", "昌吉 钢筋工", true],
    ["招聘钢筋工5名，工作地点昌吉市", "昌吉市钢筋工", true],
    ["招聘钢筋工5名，工作地点昌吉市", "焊工", false],
    ["奇台县招聘电焊工，包吃住", "奇台 电焊工 包吃住", true],
    ["熟练Java开发，C++优先", "java", true],
    ["熟练Java开发，C++优先", "c++", true],
    ["工資面議", "工资", true],
  ])("%s ∋ %s: %s", async (text, query, expected) => {
    expect(await matches(text, query)).toBe(expected);
  });
});
