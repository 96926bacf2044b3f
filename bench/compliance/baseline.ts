import { FIELD_RULES, fieldOffence, resolveOptions } from "@jiuye/compliance/fields";
import type { CheckOptions, Finding, PostingInput, Severity, TextCategory } from "@jiuye/compliance/types";

/**
 * The naive checker the benchmark compares against: a plain substring search of the raw text for the trigger
 * words of each category (the examples the issue lists, plus the obvious stems), with no normalisation (no
 * traditional → simplified, no removal of spaces or punctuation) and no exceptions. Structured fields are
 * checked by the real field rules, so the comparison isolates what text handling buys.
 */
export const BASELINE_TRIGGERS: Readonly<
  Record<TextCategory, { severity: Severity; words: readonly string[] }>
> = {
  gender: {
    severity: "block",
    words: [
      "限男",
      "限女",
      "仅招男",
      "仅招女",
      "只招男",
      "只招女",
      "男性优先",
      "女性优先",
      "男士优先",
      "女士优先",
      "只要男",
      "只要女",
      "要求男",
      "要求女",
      "性别：男",
      "性别：女",
      "女性勿扰",
      "男士勿扰",
    ],
  },
  marital_fertility: {
    severity: "block",
    words: ["已婚", "未婚", "已育", "生育", "孕检", "妊娠", "怀孕", "单身", "婚育"],
  },
  ethnicity: { severity: "block", words: ["汉族", "维吾尔族", "维族", "哈萨克族", "回族", "少数民族"] },
  religion: { severity: "block", words: ["穆斯林", "信教", "宗教信仰", "基督", "佛教"] },
  health_carrier: { severity: "block", words: ["乙肝", "两对半", "携带者", "HIV", "艾滋病", "传染病"] },
  disability: { severity: "block", words: ["残疾", "健全", "聋哑"] },
  origin: { severity: "block", words: ["户口", "户籍", "本地", "外地", "籍贯", "新疆籍", "河南人"] },
  minor: { severity: "block", words: ["童工", "16岁以下", "14岁", "15岁", "未成年"] },
  fees_deposit: {
    severity: "block",
    words: ["押金", "保证金", "服装费", "培训费", "缴纳", "扣押", "身份证原件", "中介费"],
  },
  training_loan: { severity: "block", words: ["招转培", "培训贷", "贷款", "分期"] },
  age: { severity: "warn", words: ["岁以下", "岁以内", "90后", "95后", "00后", "年轻", "不超过", "周岁"] },
  appearance: { severity: "warn", words: ["身高", "形象", "五官端正", "长相", "颜值", "气质"] },
};

const TRIGGERS = Object.entries(BASELINE_TRIGGERS) as [
  TextCategory,
  { severity: Severity; words: readonly string[] },
][];

/** The naive check: one finding per trigger word found in a text field. */
export function naiveCheck(input: PostingInput, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const field of ["title", "description", "requirements"] as const) {
    const text = input[field] ?? "";
    for (const [category, { severity, words }] of TRIGGERS) {
      for (const word of words) {
        if (text.includes(word)) {
          findings.push({ category, severity, text: word, field, basis: "", rule: `baseline.${category}` });
        }
      }
    }
  }
  const resolved = resolveOptions(options);
  for (const rule of FIELD_RULES) {
    const text = fieldOffence(rule.test, input, resolved);
    if (text !== null) {
      findings.push({
        category: rule.category,
        severity: rule.severity,
        text,
        field: rule.field,
        basis: rule.basis,
        rule: rule.id,
      });
    }
  }
  return findings;
}
