import { describe, expect, it } from "vitest";
import { checkPosting } from "./check.ts";
import type { PostingInput } from "./types.ts";

const AS_OF = "2026-11-22";

/** A complete, lawful posting; each case changes the text. */
function posting(over: Partial<PostingInput> = {}): PostingInput {
  return {
    title: "普工",
    description: "昌吉市某企业招聘普工，包吃住，五险一金。",
    requirements: "能适应倒班。",
    salaryMin: 4000,
    salaryMax: 5000,
    salaryUnit: "month",
    regionCode: "652301",
    headcount: 5,
    validUntil: "2026-12-31",
    ...over,
  };
}

/** "category/severity" of every finding for a posting whose requirements say `text`. */
function found(text: string, field: "title" | "description" | "requirements" = "requirements"): string[] {
  const { findings } = checkPosting(posting({ [field]: text }), { asOf: AS_OF });
  return [...new Set(findings.map((f) => `${f.category}/${f.severity}`))].sort();
}

describe("lawful wording that merely contains a trigger", () => {
  it.each([
    ["男装导购", "title"],
    ["女装店员", "title"],
    ["维吾尔语翻译", "title"],
    ["懂维吾尔语，会哈萨克语者优先", "requirements"],
    ["乙肝疫苗接种员", "title"],
    ["户籍窗口协管员", "title"],
    ["协助民警办理户籍管理业务", "description"],
    ["押运员，负责银行现金押运", "description"],
    ["清真餐厅厨师，熟悉清真菜品制作", "description"],
    ["残疾人托养护理员", "title"],
    ["母婴护理师（月嫂）", "title"],
    ["男科医生", "title"],
    ["妇产科护士", "title"],
    ["维吾尔族刺绣工", "title"],
    ["婚庆策划师", "title"],
    ["孕婴店导购，负责孕妇装销售", "description"],
    ["负责HIV抗体初筛检测", "description"],
    ["项目已存储农民工工资保证金", "description"],
    ["公司为员工缴纳五险一金，产假、哺乳假按国家规定执行", "description"],
    ["照顾0-3岁婴幼儿", "description"],
    ["提供员工宿舍（男女宿舍分开）", "description"],
  ] as const)("%j in the %s is no finding", (text, field) => {
    expect(found(text, field)).toEqual([]);
  });
});

describe("lawful preferences and conditions", () => {
  it.each([
    "少数民族优先",
    "退役军人优先",
    "残疾人优先",
    "高校毕业生优先",
    "应届毕业生优先",
    "脱贫人口、就业困难人员优先",
    "男女不限",
    "性别不限",
    "年满16周岁",
    "18周岁以上",
    "18-60周岁",
    "16周岁以下勿扰",
    "严禁使用童工",
    "持有健康证",
    "食品从业需健康证明",
    "学校食堂帮厨，持有效健康证明，无传染病",
    "身体健康",
    "就近就业，可提供住宿",
    "家住附近者优先",
    "入职不收取任何押金和费用，工服免费",
    "培训费由公司承担",
    "公司不扣押身份证",
    "年龄不限",
  ])("%j is no finding", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("discriminatory or unlawful wording", () => {
  it.each([
    ["限男性", ["gender/block"]],
    ["仅招女性", ["gender/block"]],
    ["男性优先", ["gender/block"]],
    ["女士优先", ["gender/block"]],
    ["女性优先", ["gender/block"]],
    ["只要男的", ["gender/block"]],
    ["要求男", ["gender/block"]],
    ["性别：男", ["gender/block"]],
    ["僅限男性", ["gender/block"]],
    ["只招男生", ["gender/block"]],
    ["限 男 性", ["gender/block"]],
    ["限·男", ["gender/block"]],
    ["限男、性", ["gender/block"]],
    ["限\u3000男\u3000性", ["gender/block"]],
    ["限\u200b男性", ["gender/block"]],
    ["保安员（男）", ["gender/block"]],
    ["已婚已育优先", ["marital_fertility/block"]],
    ["已婚已育優先", ["marital_fertility/block"]],
    ["未婚", ["marital_fertility/block"]],
    ["两年内不准生育", ["marital_fertility/block"]],
    ["入职需孕检", ["marital_fertility/block"]],
    ["入职体检包括妊娠检查", ["marital_fertility/block"]],
    ["签订不生育承诺", ["marital_fertility/block"]],
    ["已婚已育女性优先", ["gender/block", "marital_fertility/block"]],
    ["限汉族", ["ethnicity/block"]],
    ["只招维吾尔族", ["ethnicity/block"]],
    ["维族优先", ["ethnicity/block"]],
    ["会说维吾尔语，限维吾尔族", ["ethnicity/block"]],
    ["限穆斯林", ["religion/block"]],
    ["不信教", ["religion/block"]],
    ["无宗教信仰", ["religion/block"]],
    ["清真餐厅厨师，须为穆斯林", ["religion/block"]],
    ["乙肝携带者勿扰", ["health_carrier/block"]],
    ["乙肝两对半检查", ["health_carrier/block"]],
    ["HIV阴性", ["health_carrier/block"]],
    ["无传染病携带", ["health_carrier/block"]],
    ["仓库装卸，无传染病", ["health_carrier/warn"]],
    ["身体残疾者勿扰", ["disability/block"]],
    ["五官端正无残疾", ["appearance/warn", "disability/block"]],
    ["限本地户口", ["origin/block"]],
    ["仅限昌吉户籍", ["origin/block"]],
    ["不招河南人", ["origin/block"]],
    ["限城镇户口", ["origin/block"]],
    ["农村户口勿扰", ["origin/block"]],
    ["只招新疆籍", ["origin/block"]],
    ["本地优先", ["origin/warn"]],
    ["招16岁以下", ["minor/block"]],
    ["14岁", ["minor/block"]],
    ["可招童工", ["minor/block"]],
    ["需交押金", ["fees_deposit/block"]],
    ["服装费", ["fees_deposit/block"]],
    ["培训费自理", ["fees_deposit/block"]],
    ["入职需缴纳", ["fees_deposit/block"]],
    ["扣押身份证", ["fees_deposit/block"]],
    ["身份证原件押在公司", ["fees_deposit/block"]],
    ["保证金", ["fees_deposit/block"]],
    ["招转培", ["training_loan/block"]],
    ["培训贷", ["training_loan/block"]],
    ["先培训后上岗需贷款", ["training_loan/block"]],
    ["分期付学费", ["training_loan/block"]],
    ["年龄35岁以下", ["age/warn"]],
    ["18-35周岁", ["age/warn"]],
    ["限90后", ["age/warn"]],
    ["40岁以下", ["age/warn"]],
    ["身高165以上", ["appearance/warn"]],
    ["形象气质佳", ["appearance/warn"]],
    ["五官端正", ["appearance/warn"]],
    ["长相甜美", ["appearance/warn"]],
  ] as const)("%j → %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("men-only work in the 女职工禁忌劳动范围 is a warning for review", () => {
  it.each([
    "煤矿井下采煤工，限男性",
    "矿山井下作业，男性优先",
    "第四级体力劳动强度作业，仅招男性",
    "搬运50公斤水泥，限男性",
    "装卸每袋50kg面粉，只招男工",
    "扛100斤麻袋，女士勿扰",
  ])("%j", (text) => {
    expect(found(text, "description")).toEqual(["gender/warn"]);
  });

  it.each([
    ["重体力活，限男性", "no weight given: not shown to be in the appendix"],
    ["搬运15公斤纸箱，限男性", "15 kg is under the appendix's 20 kg"],
    ["煤矿井下，限女性", "the exception is for men-only posts"],
  ])("%j stays a block (%s)", (text) => {
    expect(found(text, "description")).toEqual(["gender/block"]);
  });

  it("explains itself in the rule it names", () => {
    const [f] = checkPosting(posting({ description: "井下采煤工，限男性" }), { asOf: AS_OF }).findings;
    expect(f?.rule).toBe("gender.male-only.prohibited-work");
    expect(f?.basis).toContain("《女职工劳动保护特别规定》");
  });
});

describe("findings", () => {
  it("quote the original text, not the normalised one", () => {
    const { findings } = checkPosting(
      posting({ title: "倉管（急招）", description: "僅限男性，年齡35歲以下，需繳納押 金300元。" }),
      { asOf: AS_OF },
    );
    expect(findings.map((f) => [f.field, f.category, f.text])).toEqual([
      ["description", "gender", "僅限男性"],
      ["description", "age", "35歲以下"],
      ["description", "fees_deposit", "押 金"],
    ]);
  });

  it("are sorted by field, then position, with structured fields last", () => {
    const { findings } = checkPosting(
      posting({
        title: "收银员（女）",
        description: "需交押金，限本地户口。",
        requirements: "形象好",
        salaryMin: null,
        salaryMax: null,
        headcount: null,
      }),
      { asOf: AS_OF },
    );
    expect(findings.map((f) => `${f.field}:${f.category}`)).toEqual([
      "title:gender",
      "description:fees_deposit",
      "description:origin",
      "requirements:appearance",
      "salary:missing_pay",
      "headcount:missing_headcount",
    ]);
  });

  it("are not repeated when several patterns find the same words", () => {
    const { findings } = checkPosting(posting({ description: "招16岁以下学生，仅限男性" }), { asOf: AS_OF });
    expect(findings.map((f) => [f.category, f.text])).toEqual([
      ["minor", "招16岁以下"],
      ["gender", "仅限男性"],
    ]);
  });

  it("cite the precise article", () => {
    const basisOf = (requirements: string) =>
      checkPosting(posting({ requirements }), { asOf: AS_OF }).findings[0]?.basis ?? "";
    expect(basisOf("男性优先")).toContain("《妇女权益保障法》第四十三条");
    expect(basisOf("乙肝携带者勿扰")).toContain("《就业促进法》第三十条");
    expect(basisOf("少数民族勿扰")).toContain("《就业促进法》第二十八条");
    expect(basisOf("农村户口勿扰")).toContain("《就业促进法》第三十一条");
    expect(basisOf("身体残疾者勿扰")).toContain("《就业促进法》第二十九条");
    expect(basisOf("14岁以上即可")).toContain("《劳动法》第十五条");
    expect(basisOf("扣押身份证")).toContain("《劳动合同法》第九条");
  });

  it("are empty for a clean posting", () => {
    expect(checkPosting(posting(), { asOf: AS_OF }).findings).toEqual([]);
  });
});
