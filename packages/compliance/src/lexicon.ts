/**
 * Regular-expression fragments shared by the rule tables. They read the compact view (see `normalise.ts`):
 * simplified characters, lower case, no spaces or punctuation.
 */

/** Words that turn what follows into a condition of hiring: 限, 仅限, 只招, 要求, 须为 …; not 无需/不限. */
export const LIMIT =
  "(?:仅限|只限|限招收|限招|限定|仅招收|只招收|仅招聘|只招聘|仅录用|只录用|仅招|只招|仅要|只要|只收|仅收|只需|专招|必须是|必须为|必须|要求是|要求为|要求|(?<![无不毋])(?:须|需)(?:为|是)?|(?<![不无有期年时权])限)";

/** Words that exclude: 勿扰, 免谈, 不招 … placed after the group. */
export const EXCLUDED_AFTER =
  "(?:勿扰|免谈|不要|不招|不收|不录用|不予录用|不予考虑|不考虑|谢绝|慎投|勿投|请勿投递|请勿应聘|请勿报名|不必投递|除外|请?绕道|莫扰)";

/** Words that exclude, placed before the group. */
export const EXCLUDED_BEFORE = "(?:不招收?|不要|不收|不录用|不考虑|谢绝|拒收|拒招|拒绝)";

/** Words that prefer: 优先, 为主, 为佳 …, with an optional 者/人. */
export const PREFERRED = "(?:者|人|人员|的)?(?:优先|为主|为佳|更佳|最佳|最好)";

/** A man, as postings say it. */
export const MAN = "(?:男(?:性|士|生|工|的|孩子?|同志|员工|同学|人)?|小伙子?|小哥|帅哥)";
/** A woman, as postings say it. */
export const WOMAN = "(?:(?:妇女|女)(?:性|士|生|工|的|孩子?|同志|员工|同学|人)?|妹子|小妹|姑娘|美女)";

/** Words after 男/女 that make it a product, a ward or a specialty, not the worker's sex. */
export const SEX_WORD_NOT_WORKER =
  "(?:男|女)(?:装|鞋|袜|包|表|款|式|童|宾|浴|厕|卫生间|更衣|宿舍|寝|生宿舍|生寝室|科|士用品|性用品|士理发|士发型|士服饰|士西装|性健康|性患者|性顾客|性客户|性乘客|性旅客|性会员|子学校|子监狱|监区|篮|排|足|职工宿舍|工宿舍|性专科|频道)";

/** Ethnic groups by name (族 required), including the short forms used in Xinjiang (维族, 哈族). */
export const ETHNIC_GROUP =
  "(?:汉|维吾尔|维|哈萨克|哈|回|柯尔克孜|柯|蒙古|蒙|塔吉克|锡伯|满|乌孜别克|俄罗斯|达斡尔|塔塔尔|藏|壮|苗|土家|彝|朝鲜|东乡|撒拉|裕固|土)族";

/** Religions and believers. */
export const RELIGION =
  "(?:穆斯林|伊斯兰教?|基督教?徒?|天主教?徒?|佛教徒?|道教徒?|教徒|信徒|信教(?:人员|群众|者)?|宗教人士)";

/** Provinces and, for Xinjiang, prefectures, cities and the regions people name origins by. */
export const PLACE =
  "(?:北京|天津|河北|山西|内蒙古?|辽宁|吉林|黑龙江|东北|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门|乌鲁木齐|昌吉|阜康|呼图壁|玛纳斯|奇台|吉木萨尔|木垒|石河子|五家渠|克拉玛依|吐鲁番|哈密|喀什|和田|阿克苏|库尔勒|巴州|博州|伊犁|伊宁|奎屯|塔城|阿勒泰|克州|阿图什|南疆|北疆|东疆|疆内|疆外|内地|外地|外省|外县|外市)";

/** "Here" as an origin. */
export const LOCAL = "(?:本地|本市|本县|本区|本州|本省|当地|本乡镇|本乡|本镇|本村|本社区)";

/** What makes a place an origin: household registration, native place, the person. */
export const ORIGIN_SUFFIX = "(?:常住户口|户口|户籍|籍贯|籍|人员|人士|人|居民|生源)";

/** Ages as numbers: under 16, and 18 to 59 (an upper bound below the retirement ages). */
export const AGE_UNDER_16 = "(?:1[0-5]|[1-9])";
export const AGE_UNDER_16_CN = "(?<![一二三四五六七八九十百0-9])(?:十[一二三四五]|十|[一二三四五六七八九])";
export const AGE_CAP = "(?:1[89]|[2-5][0-9])";
export const AGE_CAP_CN = "(?:十[八九]|[二三四五]十[一二三四五六七八九]?)";

/** Negations in front of a fee or an ID document: 不收, 免, 无需, 严禁扣押 …. */
export const NEGATION =
  "(?:不|无|免|零|没有|拒绝|严禁|禁止|绝不|杜绝|无需|无须|不需|不需要|不用|不会|不得|不再)";

/** Children and pupils: ages next to these are about the people cared for, not the worker. */
export const CHILDREN =
  "(?:婴幼儿|婴儿|幼儿|宝宝|儿童|孩子|小孩|学生|小朋友|少儿|青少年|学龄|新生儿|托班|托育)";

/**
 * 女职工禁忌从事的劳动范围 (《女职工劳动保护特别规定》附录第一项): mining underground, grade-IV physical work,
 * loads over 20 kg (25 kg when intermittent; we flag from 21 kg and let the reviewer check), also written in 斤.
 */
export const PROHIBITED_WORK_FOR_WOMEN: readonly string[] = [
  "井下",
  "(?:第)?(?:四|4|iv)级(?:体力|劳动强度)",
  "(?:负重|搬运|搬|扛|背|抬|装卸|装车|卸车|每袋|每包|每件|单件|一袋|一包).{0,6}?(?<![\\d.])(?:2[1-9]|[3-9][0-9]|[1-9][0-9]{2,})(?:\\.[0-9]+)?(?:公斤|千克|kg)",
  "(?:负重|搬运|搬|扛|背|抬|装卸|装车|卸车|每袋|每包|每件|单件|一袋|一包).{0,6}?(?<![\\d.])(?:4[1-9]|[5-9][0-9]|[1-9][0-9]{2,})斤",
  "(?<![\\d.])(?:2[1-9]|[3-9][0-9]|[1-9][0-9]{2,})(?:公斤|千克|kg)(?:重的?|的)?(?:水泥|面粉|化肥|饲料|货物|重物|袋|包|麻袋)",
];

/** Work that national rules give to one sex for privacy: body searches, prisons, single-sex dormitories. */
export const SAME_SEX_WORK: readonly string[] = [
  "人身(?:安全)?检查",
  "搜身",
  "女子监狱",
  "女监",
  "女犯",
  "男子监狱",
  "男犯",
  "(?:女|男)生?(?:宿舍|寝室|浴室|更衣室|卫生间|厕所)",
];

/** Work where a health certificate is required by law (食品安全法第四十五条, 公共场所卫生管理条例). */
export const HEALTH_CERTIFICATE_WORK: readonly string[] = [
  "健康证",
  "健康证明",
  "食品",
  "餐饮",
  "餐厅",
  "饭店",
  "食堂",
  "厨",
  "面点",
  "烘焙",
  "奶茶",
  "幼儿园",
  "托育",
  "保育",
  "育婴",
  "月嫂",
  "护理",
  "医院",
  "诊所",
  "美容",
  "美发",
  "理发",
  "游泳",
  "酒店",
  "宾馆",
  "浴",
];
