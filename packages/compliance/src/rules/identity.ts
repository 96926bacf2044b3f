import { cite, LAW } from "../bases.ts";
import {
  ETHNIC_GROUP,
  EXCLUDED_AFTER,
  EXCLUDED_BEFORE,
  LIMIT,
  LOCAL,
  ORIGIN_SUFFIX,
  PLACE,
  PREFERRED,
  RELIGION,
} from "../lexicon.ts";
import type { TextRule } from "../types.ts";

/** Words after an ethnic group's name that make it a language, craft or cuisine, not the worker's identity. */
const ETHNIC_SKILL = `${ETHNIC_GROUP}(?:语|文|字|刺绣|毡绣|歌舞|舞蹈|乐器|服饰|风味|特色|美食|餐|菜|文化|传统|民俗|医药|医|手工艺|工艺)`;

export const ETHNICITY_RULES: readonly TextRule[] = [
  {
    id: "ethnicity.named-group",
    category: "ethnicity",
    severity: "block",
    patterns: [
      `${LIMIT}${ETHNIC_GROUP}`,
      `${ETHNIC_GROUP}(?:同胞|员工)?${PREFERRED}`,
      `${ETHNIC_GROUP}(?:人|者|同胞)?${EXCLUDED_AFTER}`,
      `${EXCLUDED_BEFORE}(?:${ETHNIC_GROUP}|少数民族)`,
      `民族(?:要求)?(?:为|是|限)?${ETHNIC_GROUP}`,
      `少数民族(?:人员|员工|同胞)?${EXCLUDED_AFTER}`,
      "非少数民族",
    ],
    exceptions: [ETHNIC_SKILL, "各民族|民族不限|不限民族"],
    basis: cite(LAW.equalEmployment, LAW.ethnicMinorities, LAW.labourEquality, LAW.hrMarket),
    note: "限定、优先或排斥某一民族；禁止。“少数民族优先”属《就业促进法》第二十八条的适当照顾，不在此列；会某种民族语言是技能，也不在此列。",
    examples: {
      hits: [
        "限汉族",
        "只招维吾尔族",
        "汉族优先",
        "维族优先",
        "少数民族勿扰",
        "民族：汉族",
        "僅限漢族",
        "不招回族",
        "仅招收汉族员工",
      ],
      misses: [
        "少数民族优先",
        "维吾尔语翻译",
        "懂维吾尔语",
        "会哈萨克语者优先",
        "维吾尔族刺绣",
        "各民族员工一视同仁",
        "民族风味餐厅",
        "要求会说维吾尔语",
      ],
    },
  },
];

/** Slaughter by halal rite, which the rite itself says who may perform. */
const HALAL_SLAUGHTER = ["清真.{0,6}?(?:屠宰|宰杀|宰牲)|(?:屠宰|宰杀|宰牲).{0,10}?清真"];

const RELIGION_EXCEPTIONS = ["宗教信仰不限|不限宗教|尊重.{0,6}?宗教信仰|宗教信仰自由"];

const BELIEF_LIMITS = [`${LIMIT}${RELIGION}`, "(?:要求|须|需|必须)?信仰(?:伊斯兰|基督|天主|佛|道)教?"];

export const RELIGION_RULES: readonly TextRule[] = [
  {
    id: "religion.belief",
    category: "religion",
    severity: "block",
    unlessContext: HALAL_SLAUGHTER,
    patterns: [
      ...BELIEF_LIMITS,
      `${RELIGION}${PREFERRED}`,
      `${RELIGION}${EXCLUDED_AFTER}`,
      `${EXCLUDED_BEFORE}(?:${RELIGION}|信教)`,
      "(?:不|不得|不准|不能)(?:参加|参与|从事|进行)(?:任何)?宗教活动",
      `(?:不吃猪肉|清真饮食|吃清真|禁食猪肉)(?:者|的|人员)?${EXCLUDED_AFTER}|${LIMIT}(?:清真饮食|不吃猪肉|吃清真)`,
      "不信教|不信仰宗教|不信仰任何宗教|(?:无|没有|不得有|不能有)(?:任何)?宗教信仰|宗教信仰无|(?:不得|不能|不准|禁止)信教|非(?:宗教)?信徒",
    ],
    exceptions: RELIGION_EXCEPTIONS,
    basis: cite(LAW.equalEmployment, LAW.labourEquality, LAW.hrMarket),
    note: "以宗教信仰（包括不信教）作为录用条件；禁止。清真餐饮是一种菜系技能，要求会做清真菜不在此列，要求劳动者本人信教则在此列。",
    examples: {
      hits: [
        "限穆斯林",
        "须为穆斯林",
        "不信教",
        "无宗教信仰",
        "基督徒优先",
        "佛教徒优先",
        "要求信仰伊斯兰教",
        "入职须承诺不参加宗教活动",
      ],
      misses: ["清真餐厅厨师", "熟悉清真菜品制作", "尊重员工宗教信仰", "宗教信仰不限", "食堂提供清真饮食"],
    },
  },
  {
    id: "religion.halal-slaughter",
    category: "religion",
    severity: "warn",
    patterns: BELIEF_LIMITS,
    exceptions: RELIGION_EXCEPTIONS,
    requiresContext: HALAL_SLAUGHTER,
    basis: cite(LAW.equalEmployment),
    note: "清真屠宰按宗教习俗须由穆斯林执刀，属岗位本身的要求，可能合法；请审核岗位是否确为清真屠宰执刀，其他岗位（分割、包装、运输）不得以信仰为条件。",
    examples: {
      hits: ["清真屠宰厂执刀屠宰工，须为穆斯林", "牛羊宰杀岗位（清真），限穆斯林"],
      misses: ["清真屠宰厂包装工，男女不限", "屠宰工，熟悉清真要求"],
    },
  },
];

const HUKOU_LIMIT = `(?:(?:${PLACE})(?:${LOCAL})?|${LOCAL}|城镇|城市|农村|非农业?|农业)${ORIGIN_SUFFIX}`;
const ORIGIN_EXCEPTIONS = [
  "户籍(?:窗口|管理|业务|科|民警|协管|室|大厅|办理|迁移|登记|信息|系统)|户口(?:迁移|办理|登记|本复印件)",
  "(?:户口|户籍|籍贯|地域|地区)不限|不限(?:户口|户籍|籍贯|地域|地区)",
  "(?:协助|帮助|代|免费)办理?(?:户口|户籍|落户)",
  "(?:本地|当地)人才",
];

/** 公益性岗位: government-funded posts for locally registered people in hardship. */
const PUBLIC_WELFARE_POST = ["公益性岗位|公益岗"];

export const ORIGIN_RULES: readonly TextRule[] = [
  {
    id: "origin.rural-urban-hukou",
    category: "origin",
    severity: "block",
    unlessContext: PUBLIC_WELFARE_POST,
    patterns: [
      `${LIMIT}(?:城镇|城市|非农业?)(?:常住户口|户口|户籍|居民)`,
      `(?:农村|农业)(?:户口|户籍|人员)${EXCLUDED_AFTER}`,
      `${EXCLUDED_BEFORE}(?:农村|农业)(?:户口|户籍|人员)`,
      `(?:城镇|城市)(?:户口|户籍)${PREFERRED}`,
    ],
    exceptions: ORIGIN_EXCEPTIONS,
    basis: cite(LAW.ruralWorkers, LAW.platformNotice),
    note: "以城镇或农村户口限制录用；禁止对农村劳动者设置歧视性限制。",
    examples: {
      hits: ["限城镇户口", "农村户口勿扰", "城镇户口优先", "不招农村户口"],
      misses: ["协助办理城镇户口迁移", "农村劳动力转移就业"],
    },
  },
  {
    id: "origin.place",
    category: "origin",
    severity: "block",
    unlessContext: PUBLIC_WELFARE_POST,
    patterns: [
      `${LIMIT}${HUKOU_LIMIT}`,
      `${EXCLUDED_BEFORE}(?:${PLACE}|非本地)${ORIGIN_SUFFIX}?`,
      `(?:${PLACE}|非本地)${ORIGIN_SUFFIX}${EXCLUDED_AFTER}`,
      `(?:${PLACE}|${LOCAL})(?:常住户口|户口|户籍|籍)(?:员工|人员|者)?${PREFERRED}`,
      `(?:${PLACE})人${PREFERRED}`,
      `籍贯(?:要求)?(?:为|是|限)?(?:${PLACE})`,
      `(?:${LIMIT})籍贯`,
    ],
    exceptions: ORIGIN_EXCEPTIONS,
    basis: cite(LAW.platformNotice, LAW.equalEmployment, LAW.hrMarket),
    note: "以户籍、籍贯或地域限制、优先或排斥劳动者；不得在户籍、地域方面设置限制人力资源流动的条件。",
    examples: {
      hits: [
        "限本地户口",
        "仅限昌吉户籍",
        "不招河南人",
        "只招新疆籍",
        "外地人勿扰",
        "南疆籍勿扰",
        "四川人优先",
        "本地户口优先",
        "限本地戶口",
        "限 本 地 户 口",
        "籍贯：甘肃",
        "外省人员免谈",
      ],
      misses: [
        "户籍窗口协管员",
        "负责户籍管理",
        "户籍不限",
        "跑乌鲁木齐至奇台线路",
        "本地人才招聘",
        "就近就业",
      ],
    },
  },
  {
    id: "origin.public-welfare-post",
    category: "origin",
    severity: "warn",
    patterns: [
      `${LIMIT}${HUKOU_LIMIT}`,
      `(?:${PLACE}|${LOCAL})(?:常住户口|户口|户籍|籍)(?:员工|人员|者)?${PREFERRED}`,
    ],
    exceptions: ORIGIN_EXCEPTIONS,
    requiresContext: PUBLIC_WELFARE_POST,
    basis: cite(LAW.publicWelfarePosts, LAW.equalEmployment),
    note: "公益性岗位用于安置在本地登记的就业困难人员，限本地户籍或登记可能属政策条件；请审核岗位是否确为政府开发的公益性岗位。",
    examples: {
      hits: ["社区公益性岗位（保洁），限本县户籍就业困难人员", "乡村公益岗：护林员，本地户籍优先"],
      misses: ["公益性岗位保洁员，户籍不限", "公益岗护路员，男女不限"],
    },
  },
  {
    id: "origin.local-preference",
    category: "origin",
    severity: "warn",
    patterns: [`(?:${LOCAL}|附近|周边)(?:人|居民|人员|人士|村民|牧民|群众)?(?:优先|为主)`],
    exceptions: ORIGIN_EXCEPTIONS,
    basis: cite(LAW.platformNotice, LAW.equalEmployment),
    note: "“本地（人）优先”以地域为偏好。就近就地就业受政策鼓励，但偏好不应变成排斥外地劳动者；请审核。以户口为准的偏好另按禁止处理。",
    examples: {
      hits: ["本地优先", "本地人优先", "当地居民优先", "本乡镇村民优先", "周边村民优先"],
      misses: ["家住附近者优先", "就近就业", "可提供住宿"],
    },
  },
];
