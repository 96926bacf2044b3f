import { cite, LAW } from "../bases.ts";
import {
  AGE_CAP,
  ETHNIC_GROUP,
  EXCLUDED_AFTER,
  EXCLUDED_BEFORE,
  LIMIT,
  MAN,
  NEGATION,
  PREFERRED,
  PROHIBITED_WORK_FOR_WOMEN,
  SAME_SEX_WORK,
  SEX_WORD_NOT_WORKER,
  WOMAN,
} from "../lexicon.ts";
import type { TextRule } from "../types.ts";

/** What may stand between 限 and 男/女: "限汉族男性", "限35岁以下女性", "限本地男性". */
const BETWEEN = `(?:${ETHNIC_GROUP}|${AGE_CAP}(?:周)?岁(?:以下|以上)?|本地|已婚|未婚|单身|年轻)?`;

/** A sex-limited hiring condition, written from either side. `own` is the sex hired, `other` the one shut out. */
function sexLimited(own: string, ownChar: string, other: string): string[] {
  return [
    `${LIMIT}${BETWEEN}${own}`,
    `${own}${PREFERRED}`,
    `${other}${EXCLUDED_AFTER}`,
    `${EXCLUDED_BEFORE}${other}`,
    `性别(?:要求)?(?:为|是|限)?${ownChar}(?![女男])`,
    `适合${ownChar}(?:性|士|生|同志)`,
    `优先(?:考虑|录用|录取|招聘|聘用)${own}|最好(?:是|为)${own}`,
    `招(?:聘|收)?${own}`,
    `(?<![男女])${ownChar}(?:服务员|营业员|收银员?|店员|保安|司机|工人|普工|操作工|前台|文员|会计|出纳|主播|导购|保洁员?|护工|技工|客服|助理|学徒|销售|员工)`,
    `(?<=员|工|师|手|机)${ownChar}(?:性|士|生)?(?=[0-9]|[一二三四五六七八九十两]+名|名|若干|\\n|$)`,
    `${ownChar}(?:工)?(?:[0-9]+|[一二三四五六七八九十两]+)(?:名|人)`,
  ];
}

const MALE_ONLY = [...sexLimited(MAN, "男", WOMAN), "宝爸(?:优先|为主)"];
const FEMALE_ONLY = [
  ...sexLimited(WOMAN, "女", MAN),
  "宝妈(?:优先|为主)",
  `${LIMIT}宝妈`,
  "(?:保洁|家政|钟点工?|保姆|做饭|后厨|洗碗|清洁)(?:阿姨|大姐|大妈)",
];

/** In the light view: "（男）" after a job title, or 男 standing alone between punctuation ("男，20-40岁"). */
function sexMarker(ownChar: string): string[] {
  return [
    `\\((?:限|仅限)?${ownChar}(?:性|士|生|工)?(?:[0-9]+名)?\\)`,
    `(?<=^|[，,；;：:。\\n])${ownChar}(?:性|士|生)?(?=[，,；;。\\n]|$)`,
  ];
}
const MALE_BRACKET = sexMarker("男");
const FEMALE_BRACKET = sexMarker("女");

const SEX_EXCEPTIONS = [
  "男女|女男",
  SEX_WORD_NOT_WORKER,
  "(?:妇产|妇科|妇幼|孕妇|产妇|妇联|妇女之家|妇女儿童|妇女权益)",
  `(?:欢迎|鼓励|支持)(?:${WOMAN}|${MAN})`,
  "以(?:男|女)(?:性|士|生)?(?:员工|顾客|客户|用户)?为主",
  "(?:仅限|只限|限)(?:男|女)(?:性|士|生)?(?:入住|使用|进入|就座|顾客|客户|会员|乘客)",
];

/** "男，女均可", "男/女": both sexes listed, in the light view. */
const BOTH_LISTED = ["(?:男|女)(?:性|士|生)?[，,、/和及或](?:男|女)"];

const MALE_BASIS = cite(LAW.womenHiring, LAW.women, LAW.genderNotice);
const FEMALE_BASIS = cite(LAW.equalEmployment, LAW.labourEquality, LAW.genderNotice);
const PROHIBITED_BASIS = cite(LAW.femaleProhibitedWork, LAW.womenHiring, LAW.genderNotice);
const SAME_SEX_BASIS = cite(LAW.womenHiring, LAW.genderNotice, LAW.prisons);

export const GENDER_RULES: readonly TextRule[] = [
  {
    id: "gender.male-only",
    category: "gender",
    severity: "block",
    patterns: MALE_ONLY,
    exceptions: SEX_EXCEPTIONS,
    unlessContext: [...PROHIBITED_WORK_FOR_WOMEN, ...SAME_SEX_WORK],
    basis: MALE_BASIS,
    note: "限定男性、男性优先或排斥女性；禁止（国家规定的女职工禁忌劳动范围除外）。",
    examples: {
      hits: [
        "限男性",
        "仅招男生",
        "男性优先",
        "只要男的",
        "要求男，身高170",
        "性别：男",
        "女性勿扰",
        "不要女的",
        "僅限男性",
        "限 男 性",
        "限·男",
        "限男、性",
        "限汉族男性",
        "招聘男工",
        "此岗位适合男性",
        "保安员男2名",
        "招小伙子若干名",
        "不招女工",
        "同等条件下优先考虑男性",
      ],
      misses: [
        "男女不限",
        "性别不限",
        "不限男女",
        "男装导购",
        "男科医生",
        "男女宿舍分开",
        "欢迎女性报名",
        "有限公司男装部",
        "负责男士理发",
        "招聘男女服务员",
        "男生女生都可以",
      ],
    },
  },
  {
    id: "gender.male-only.prohibited-work",
    category: "gender",
    severity: "warn",
    patterns: MALE_ONLY,
    exceptions: SEX_EXCEPTIONS,
    requiresContext: PROHIBITED_WORK_FOR_WOMEN,
    basis: PROHIBITED_BASIS,
    note: "岗位属女职工禁忌从事的劳动范围（矿山井下、第四级体力劳动强度、负重超过20/25公斤），限招男性可能合法；请审核岗位是否确属该范围。",
    examples: {
      hits: [
        "煤矿井下采煤工，限男性",
        "第四级体力劳动强度作业，仅招男性",
        "搬运50公斤水泥，男性优先",
        "装卸每袋50kg面粉，只招男工",
        "扛100斤麻袋，限男",
      ],
      misses: ["重体力活，限男性", "搬运10公斤纸箱，限男性", "煤矿井下采煤工，男女不限"],
    },
  },
  {
    id: "gender.male-only.same-sex",
    category: "gender",
    severity: "warn",
    patterns: MALE_ONLY,
    exceptions: SEX_EXCEPTIONS,
    requiresContext: SAME_SEX_WORK,
    unlessContext: PROHIBITED_WORK_FOR_WOMEN,
    basis: SAME_SEX_BASIS,
    note: "同性别人身检查、监管或宿舍管理等岗位，国家规定可能要求同性别人员；请审核。",
    examples: {
      hits: ["男生宿舍管理员，限男性", "负责男性旅客人身检查，仅招男性"],
      misses: ["宿舍管理员，男女不限"],
    },
  },
  {
    id: "gender.female-only",
    category: "gender",
    severity: "block",
    patterns: FEMALE_ONLY,
    exceptions: SEX_EXCEPTIONS,
    unlessContext: SAME_SEX_WORK,
    basis: FEMALE_BASIS,
    note: "限定女性、女性优先或排斥男性；性别优先一律禁止，无论偏向哪一性别。",
    examples: {
      hits: [
        "仅招女性",
        "女士优先",
        "女性优先",
        "限女",
        "男士免谈",
        "男性勿扰",
        "僅限女性",
        "仅　招　女　性",
        "宝妈优先",
        "已婚已育女性优先",
        "招聘女工",
        "性别：女",
        "招女服务员",
        "妹子优先",
        "保洁阿姨2名",
        "最好是女孩",
        "男生勿投",
      ],
      misses: [
        "女装店员",
        "妇产科护士",
        "妇女儿童活动中心",
        "孕妇装导购",
        "男女均可",
        "适合宝妈兼职",
        "女生宿舍楼保洁",
        "门店客户以女性为主",
      ],
    },
  },
  {
    id: "gender.female-only.same-sex",
    category: "gender",
    severity: "warn",
    patterns: FEMALE_ONLY,
    exceptions: SEX_EXCEPTIONS,
    requiresContext: SAME_SEX_WORK,
    basis: SAME_SEX_BASIS,
    note: "同性别人身检查、女监管理或女生宿舍管理等岗位，国家规定可能要求女性；请审核。",
    examples: {
      hits: ["女生宿舍管理员，限女性", "负责女性乘客人身安全检查，仅招女性"],
      misses: ["宿舍管理员，性别不限"],
    },
  },
  {
    id: "gender.male-only.marker",
    category: "gender",
    severity: "block",
    view: "light",
    patterns: MALE_BRACKET,
    exceptions: BOTH_LISTED,
    unlessContext: [...PROHIBITED_WORK_FOR_WOMEN, ...SAME_SEX_WORK],
    basis: MALE_BASIS,
    note: "岗位名后注明（男），或条件中单列一个“男”字，即限定男性。",
    examples: {
      hits: ["保安员（男）", "理货员(男)3名", "男，20-40岁，有驾照"],
      misses: ["保安员（男女不限）", "服务员（若干）", "男、女均可", "男，女均可"],
    },
  },
  {
    id: "gender.male-only.marker.exempt-work",
    category: "gender",
    severity: "warn",
    view: "light",
    patterns: MALE_BRACKET,
    exceptions: BOTH_LISTED,
    requiresContext: [...PROHIBITED_WORK_FOR_WOMEN, ...SAME_SEX_WORK],
    basis: PROHIBITED_BASIS,
    note: "岗位名后注明（男），但岗位可能属女职工禁忌劳动范围或同性别检查岗位；请审核。",
    examples: { hits: ["井下支护工（男）"], misses: ["井下支护工（男女不限）"] },
  },
  {
    id: "gender.female-only.marker",
    category: "gender",
    severity: "block",
    view: "light",
    patterns: FEMALE_BRACKET,
    exceptions: BOTH_LISTED,
    unlessContext: SAME_SEX_WORK,
    basis: FEMALE_BASIS,
    note: "岗位名后注明（女），或条件中单列一个“女”字，即限定女性。",
    examples: {
      hits: ["收银员（女）", "前台(女)2名", "女；25岁以下"],
      misses: ["收银员（男女不限）", "男/女不限"],
    },
  },
  {
    id: "gender.female-only.marker.same-sex",
    category: "gender",
    severity: "warn",
    view: "light",
    patterns: FEMALE_BRACKET,
    exceptions: BOTH_LISTED,
    requiresContext: SAME_SEX_WORK,
    basis: SAME_SEX_BASIS,
    note: "岗位名后注明（女），岗位可能涉及同性别人身检查；请审核。",
    examples: {
      hits: ["地铁安检员（女），负责女性乘客人身安全检查"],
      misses: ["地铁安检员，负责人身安全检查"],
    },
  },
];

const FERTILITY_NEGATED = `(?:${NEGATION}|不问|不询问|不作|不做|不含|不包括|不进行|取消)(?:要求|询问|调查|进行|做|含|包括)?`;

export const MARITAL_FERTILITY_RULES: readonly TextRule[] = [
  {
    id: "marital_fertility.status",
    category: "marital_fertility",
    severity: "block",
    patterns: [
      "已婚(?:已育|未育)?",
      "未婚(?:未育)?",
      "已育|未育",
      `单身${PREFERRED}|${LIMIT}单身`,
      `离异${EXCLUDED_AFTER}`,
      `(?:有孩子|有小孩|生育过|育有子女|已生育|有子女)${PREFERRED}`,
      "宝妈(?:优先|为主)",
      `${LIMIT}宝妈`,
      `夫妻(?:工|档|两人)?${PREFERRED}|${LIMIT}夫妻|招(?:聘|收)?夫妻(?:工|档)`,
      "婚育(?:情况|状况|史)?",
      "婚否",
      "(?:是否|有无)(?:已婚|结婚|生育|怀孕|婚育)",
    ],
    exceptions: [
      "婚育(?:情况|状况)?(?:不限|均可|不论)|婚否不限|不限婚否|不限婚育|婚姻状况不限|已婚未婚均可|已婚未婚不限",
      `${FERTILITY_NEGATED}婚育`,
      "单身(?:公寓|宿舍|楼|间)",
    ],
    basis: cite(LAW.womenHiring, LAW.genderNotice),
    note: "以婚姻、生育状况作为录用条件或询问婚育情况；禁止。",
    examples: {
      hits: [
        "已婚已育优先",
        "已婚已育優先",
        "未婚",
        "单身优先",
        "需如实填写婚育情况",
        "已\u200b婚已育优先",
        "宝妈优先",
        "有孩子的优先",
        "夫妻工优先",
      ],
      misses: [
        "婚庆策划",
        "提供单身公寓",
        "婚育不限",
        "不询问婚育情况",
        "产假按国家规定执行",
        "适合宝妈兼职",
        "可提供夫妻房",
      ],
    },
  },
  {
    id: "marital_fertility.restriction",
    category: "marital_fertility",
    severity: "block",
    patterns: [
      "(?<![0-9一二三两四五六七八九十])(?:[0-9]{1,2}|[一二三两四五六七八九十]{1,3})年(?:内|之内)(?:不准|不得|不能|不许|不可|禁止|不)(?:生育|生孩子|生小孩|要孩子|怀孕|结婚|生二胎|生三胎)",
      "(?:不准|不得|不能|不许|不可|禁止)(?:生育|怀孕|结婚|生孩子|生小孩|要孩子)",
      "(?:不生育|不怀孕|不结婚|不生孩子|不要孩子|不生小孩)(?:承诺|协议|保证)",
      "承诺.{0,6}?(?:不生育|不怀孕|不结婚|不生孩子|不要孩子)",
      "(?:无|没有|暂无|不)(?:近期)?(?:生育|怀孕|结婚|婚育|要孩子|生孩子|生二胎|生三胎)(?:计划|打算|意向)",
      `(?:孕妇|孕期|怀孕|哺乳期|备孕|待孕|孕产期)(?:者|人员|女性|员工)?${EXCLUDED_AFTER}`,
      `${EXCLUDED_BEFORE}(?:孕妇|孕期|哺乳期|备孕)`,
    ],
    exceptions: ["(?:不得|不能|禁止)(?:因|以)"],
    basis: cite(LAW.womenHiring, LAW.womenContracts, LAW.genderNotice),
    note: "将限制结婚、生育作为录用条件或合同内容，或排斥孕期、哺乳期女性；禁止。",
    examples: {
      hits: [
        "入职两年内不准生育",
        "三年内不得怀孕",
        "签订不生育承诺书",
        "孕妇勿扰",
        "哺乳期勿扰",
        "近两年无生育计划",
      ],
      misses: ["不得以怀孕为由辞退", "孕期女职工不安排夜班", "孕妇装导购"],
    },
  },
  {
    id: "marital_fertility.pregnancy-test",
    category: "marital_fertility",
    severity: "block",
    patterns: [
      "孕检",
      "妊娠(?:检查|测试|试验|检测)",
      "(?:怀孕|早孕)(?:检查|测试|检测)",
      "验孕",
      "hcg(?:检查|检测|测试)",
    ],
    exceptions: [
      `${FERTILITY_NEGATED}(?:孕检|妊娠|怀孕|早孕|验孕)`,
      "(?:孕妇|孕产妇|产妇|准妈妈)(?:的)?(?:孕检|产检)",
      "孕检(?:科|门诊|中心|服务|接待|咨询|预约)",
    ],
    basis: cite(LAW.womenHiring, LAW.genderNotice),
    note: "将妊娠测试作为入职体检项目；禁止。",
    examples: {
      hits: ["入职需孕检", "体检包括妊娠检查", "入职前验孕"],
      misses: ["入职体检不含孕检", "负责孕妇孕检接待", "不做妊娠测试"],
    },
  },
];
