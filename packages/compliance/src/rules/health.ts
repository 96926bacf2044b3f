import { cite, LAW } from "../bases.ts";
import { EXCLUDED_AFTER, EXCLUDED_BEFORE, HEALTH_CERTIFICATE_WORK, LIMIT } from "../lexicon.ts";
import type { TextRule } from "../types.ts";

const HBV_WELCOME =
  "乙肝疫苗|(?:不|无需|不需|不得|不做|不含|不查|不检查|不检测|不要求|取消|禁止)(?:进行|要求|做|查|检查|检测|提供)?乙肝|乙肝(?:病毒)?(?:携带者?|表面抗原携带者?|大三阳|小三阳|阳性)(?:者)?(?:可|可以|均可|也可|亦可|欢迎|不影响|不受)|(?:大三阳|小三阳)(?:者)?(?:可|可以|均可|也可|亦可|欢迎|不影响)|(?:欢迎|接纳|不歧视)乙肝";

export const HEALTH_CARRIER_RULES: readonly TextRule[] = [
  {
    id: "health_carrier.hepatitis-b",
    category: "health_carrier",
    severity: "block",
    patterns: [
      `乙肝(?:病毒)?(?:表面抗原)?(?:携带者?|阳性|大三阳|小三阳)(?:者|人员)?${EXCLUDED_AFTER}?`,
      `乙肝(?:病毒)?(?:患者|病人)${EXCLUDED_AFTER}`,
      `(?:大三阳|小三阳)(?:者|人员)?${EXCLUDED_AFTER}?`,
      "(?:无|非|不是|没有)乙肝",
      "乙肝(?:两对半|二对半|五项|三系统|表面抗原)|两对半|hbsag|hbv(?:-?dna)?(?:检测|检查)?(?:阴性|阳性|报告)?",
      "(?:体检|入职|需|须|要求|提供|包括|包含|含)乙肝(?:检查|检测|化验|报告|项目)",
      "(?:查|检查|检测|化验|筛查)乙肝(?!疫苗)",
    ],
    exceptions: [HBV_WELCOME],
    basis: cite(LAW.carriers, LAW.hepatitisNotice),
    note: "以乙肝病毒携带为由拒绝录用或要求乙肝项目检测；禁止（卫生部门核准的特殊职业除外）。",
    examples: {
      hits: [
        "乙肝携带者勿扰",
        "入职体检含乙肝两对半检查",
        "需提供乙肝五项检查报告",
        "乙肝攜帶者勿擾",
        "乙 肝 携 带 者 勿 扰",
        "小三阳勿扰",
        "无乙肝",
        "体检需查乙肝",
        "HBV阴性",
        "乙肝患者勿扰",
      ],
      misses: [
        "乙肝疫苗接种员",
        "入职体检不查乙肝",
        "乙肝携带者可正常入职",
        "负责乙肝患者随访",
        "乙肝小三阳可",
      ],
    },
  },
  {
    id: "health_carrier.hiv",
    category: "health_carrier",
    severity: "block",
    patterns: [
      "hiv(?:抗体)?(?:检测)?(?:阴性|报告|证明)",
      `(?:艾滋病|hiv)(?:病毒)?(?:携带者|感染者|患者|病人|阳性)(?:者)?${EXCLUDED_AFTER}`,
      "(?:无|非|没有)(?:艾滋病|hiv)",
      "艾滋病(?:病毒)?(?:抗体)?(?:检测|检查)?(?:报告|证明|阴性)",
      "(?:需|须|要求|提供|包括|包含|含)(?:做)?(?:艾滋病|hiv)(?:病毒)?(?:抗体)?(?:检测|检查)",
    ],
    exceptions: [
      "艾滋病(?:防治|宣传|关怀)|(?:艾滋病|hiv)(?:抗体)?(?:初筛|确证)?(?:检测)?(?:实验室|实验员|技术员|试剂|门诊)",
    ],
    basis: cite(LAW.carriers, LAW.aids),
    note: "要求艾滋病检测阴性或排斥艾滋病病毒感染者；禁止。",
    examples: {
      hits: ["HIV阴性", "ＨＩＶ陰性", "需提供艾滋病检测报告", "艾滋病感染者勿扰"],
      misses: ["艾滋病防治宣传员", "负责HIV抗体初筛检测", "为艾滋病感染者提供关怀服务"],
    },
  },
  {
    id: "health_carrier.any-carrier",
    category: "health_carrier",
    severity: "block",
    patterns: [
      "(?:无|非|没有)(?:任何)?(?:传染病|传染性疾病)(?:病原)?(?:体)?携带(?:者)?",
      `(?:传染病|传染性疾病)?病原(?:体)?携带者?${EXCLUDED_AFTER}?`,
      `传染病(?:病原)?携带者${EXCLUDED_AFTER}?`,
      `(?:梅毒|结核)(?:病)?(?:携带者|患者|病人)${EXCLUDED_AFTER}`,
    ],
    exceptions: [],
    basis: cite(LAW.carriers),
    note: "以传染病病原携带为由拒绝录用；禁止。",
    examples: {
      hits: ["无传染病携带", "传染病携带者勿扰", "病原携带者免谈"],
      misses: ["无传染病", "持有健康证"],
    },
  },
  {
    id: "health_carrier.no-infectious-disease",
    category: "health_carrier",
    severity: "warn",
    patterns: ["(?:无|没有|非)(?:任何)?(?:传染病|传染性疾病)(?!病原|携带)"],
    exceptions: [],
    unlessContext: HEALTH_CERTIFICATE_WORK,
    basis: cite(LAW.carriers),
    note: "“无传染病”笼统排斥，可能把病原携带者一并排除。食品、公共场所、托育等须持健康证明的岗位依法可以要求；其他岗位请审核。",
    examples: {
      hits: ["仓库装卸员，身体健康，无传染病"],
      misses: ["学校食堂帮厨，持健康证明，无传染病", "身体健康"],
    },
  },
];

export const DISABILITY_RULES: readonly TextRule[] = [
  {
    id: "disability.excluded",
    category: "disability",
    severity: "block",
    patterns: [
      `(?:身体|肢体|躯体|四肢|智力|精神|视力|听力|言语)?(?:残疾|残障)(?:人|者|人士|人员)?${EXCLUDED_AFTER}`,
      `${EXCLUDED_BEFORE}(?:身体|肢体)?(?:残疾|残障)`,
      `(?:聋哑|聋人|哑巴|盲人|视障|听障|肢残|跛足|跛脚)(?:人|者|人士|人员)?${EXCLUDED_AFTER}`,
      "(?:无|非|没有)(?:任何)?(?:身体|肢体|生理)?(?:残疾|残障)|(?:无|没有)(?:任何)?(?:身体|肢体|生理)缺陷|(?:身体|肢体)无(?:残疾|残障|缺陷)",
      "(?:四肢|肢体|身体|五官|手脚)健全",
      `${LIMIT}(?:健全人|非残疾)`,
    ],
    exceptions: [
      "残疾人(?:优先|专岗|托养|康复|就业|服务|联合会|之家|辅助器具)|助残|扶残|(?:欢迎|招收|招聘)残疾",
    ],
    basis: cite(LAW.disabled, LAW.disabledPersons),
    note: "排斥残疾人或要求“无残疾”“四肢健全”；禁止。岗位确需的具体能力（如持某类驾照）应写能力本身。",
    examples: {
      hits: [
        "身体残疾者勿扰",
        "五官端正无残疾",
        "四肢健全",
        "聋哑人勿扰",
        "身体健康，无残疾",
        "肢体健全",
        "身有残疾者请勿投递",
      ],
      misses: ["残疾人优先", "残疾人托养护理员", "身体健康", "无障碍通道", "确保产品无缺陷"],
    },
  },
];

export const APPEARANCE_RULES: readonly TextRule[] = [
  {
    id: "appearance.looks",
    category: "appearance",
    severity: "warn",
    patterns: [
      "身高(?:要求|不低于|不少于|不矮于|需达到|须达到|达到|需|须|在)*(?:[0-9]{3}|1\\.[0-9]+米?|1米[0-9]*|一米[五六七八九][0-9五六七八九]?)(?:cm|厘米|公分|米)?(?:以上|及以上|左右|以下|之间)?",
      "(?<![0-9.])1[4-9][0-9](?:cm|厘米|公分)(?:以上|及以上)",
      "体重(?:要求)?(?:[0-9]+)(?:斤|公斤|kg)(?:以下|以内)",
      "形象(?:气质)?(?:佳|好|端庄|出众|优秀|甜美|良好)",
      "气质(?:佳|好|出众|优雅)",
      "五官端正|五官标致",
      "(?:相貌|容貌|面容|长相|外貌)(?:端正|端庄|姣好|甜美|清秀|帅气|出众|好|佳)",
      "颜值",
      "身材(?:好|匀称|高挑|苗条|佳)|体型(?:匀称|偏瘦|标准|好)",
      "(?:无|不得有|不能有)(?:纹身|文身|明显疤痕)",
      "皮肤白皙",
    ],
    exceptions: [
      "(?:品牌|企业|公司|门店|店铺|产品|城市|窗口)形象",
      "形象(?:设计|顾问|管理|展示|宣传)",
      "身高不限|颜值管理",
    ],
    basis: cite(LAW.fairConditions),
    note: "以身高、相貌、身材等外貌作为条件。法律未一概禁止，但多与岗位无关，公共就业服务提示审核。",
    examples: {
      hits: [
        "身高165以上",
        "身高170cm以上",
        "身高１６５ｃｍ以上",
        "形象气质佳",
        "五官端正",
        "长相甜美",
        "颜值高者优先",
        "形象好",
      ],
      misses: ["形象设计师", "维护品牌形象好", "身高不限"],
    },
  },
];
