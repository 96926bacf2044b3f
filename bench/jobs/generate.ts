/**
 * Realistic synthetic job postings for benchmarks: occupations, employers with valid credit
 * codes, Xinjiang counties with coordinates near their county seat, pay by unit, benefits and
 * Chinese descriptions composed from phrase pools. Deterministic for a seed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CREDIT_CODE_CHARSET, computeCreditCodeCheck, computeOrgCodeCheck } from "@jiuye/identifiers/gb32100";
import { pick, rng } from "../lib/random.ts";

const REFERENCE = path.resolve(import.meta.dirname, "../../apps/server/reference");

/** The kinds of work postings are drawn from, with their industry, pay unit and range, and type. */
export const JOBS: {
  title: string;
  occupation: string | null;
  industry: string;
  unit: "month" | "day" | "hour" | "piece";
  pay: [number, number];
  type: string;
}[] = [
  { title: "钢筋工", occupation: null, industry: "E", unit: "month", pay: [6000, 9000], type: "full_time" },
  { title: "砌筑工", occupation: null, industry: "E", unit: "day", pay: [280, 380], type: "gig" },
  { title: "电焊工", occupation: null, industry: "C", unit: "month", pay: [6500, 10000], type: "full_time" },
  {
    title: "挖掘机司机",
    occupation: null,
    industry: "E",
    unit: "month",
    pay: [8000, 12000],
    type: "full_time",
  },
  {
    title: "装载机司机",
    occupation: null,
    industry: "B",
    unit: "month",
    pay: [7000, 10000],
    type: "full_time",
  },
  { title: "保洁员", occupation: null, industry: "K", unit: "month", pay: [2200, 2800], type: "full_time" },
  { title: "保安员", occupation: null, industry: "L", unit: "month", pay: [2500, 3500], type: "full_time" },
  {
    title: "餐厅服务员",
    occupation: null,
    industry: "H",
    unit: "month",
    pay: [2800, 4000],
    type: "full_time",
  },
  { title: "厨师", occupation: null, industry: "H", unit: "month", pay: [4500, 7000], type: "full_time" },
  { title: "面点师", occupation: null, industry: "H", unit: "month", pay: [4000, 6000], type: "full_time" },
  { title: "收银员", occupation: null, industry: "F", unit: "month", pay: [2500, 3500], type: "full_time" },
  { title: "快递员", occupation: null, industry: "G", unit: "piece", pay: [1.5, 2.5], type: "full_time" },
  { title: "外卖骑手", occupation: null, industry: "G", unit: "piece", pay: [4, 7], type: "part_time" },
  {
    title: "养老护理员",
    occupation: null,
    industry: "Q",
    unit: "month",
    pay: [3500, 5000],
    type: "full_time",
  },
  { title: "育婴员", occupation: null, industry: "O", unit: "month", pay: [4000, 6500], type: "full_time" },
  {
    title: "纺织挡车工",
    occupation: null,
    industry: "C",
    unit: "month",
    pay: [3500, 5000],
    type: "full_time",
  },
  { title: "拾花工", occupation: null, industry: "A", unit: "piece", pay: [1.2, 2], type: "seasonal" },
  { title: "葡萄采摘工", occupation: null, industry: "A", unit: "day", pay: [150, 220], type: "seasonal" },
  { title: "叉车司机", occupation: null, industry: "G", unit: "month", pay: [5000, 7000], type: "full_time" },
  {
    title: "仓库管理员",
    occupation: null,
    industry: "G",
    unit: "month",
    pay: [3500, 5000],
    type: "full_time",
  },
  { title: "电工", occupation: null, industry: "D", unit: "month", pay: [5500, 8000], type: "full_time" },
  { title: "水暖工", occupation: null, industry: "E", unit: "day", pay: [250, 350], type: "gig" },
  { title: "会计", occupation: null, industry: "L", unit: "month", pay: [4000, 6500], type: "full_time" },
  { title: "销售代表", occupation: null, industry: "F", unit: "month", pay: [3500, 8000], type: "full_time" },
  { title: "客服专员", occupation: null, industry: "I", unit: "month", pay: [3000, 4500], type: "full_time" },
  { title: "行政文员", occupation: null, industry: "L", unit: "month", pay: [3000, 4200], type: "full_time" },
  {
    title: "网约车司机",
    occupation: null,
    industry: "G",
    unit: "month",
    pay: [5000, 9000],
    type: "part_time",
  },
  { title: "家政服务员", occupation: null, industry: "O", unit: "hour", pay: [30, 45], type: "part_time" },
  { title: "农机操作员", occupation: null, industry: "A", unit: "day", pay: [300, 450], type: "seasonal" },
  {
    title: "高校毕业生见习岗",
    occupation: null,
    industry: "S",
    unit: "month",
    pay: [2000, 2500],
    type: "internship",
  },
];

const DUTIES = [
  "负责日常作业，服从现场安排",
  "按照操作规程完成本岗位工作",
  "做好设备的日常检查和保养",
  "配合班组完成生产任务",
  "负责区域内卫生与安全巡查",
  "接待客户并做好登记服务",
  "协助主管完成各项工作",
  "按计划完成每日工作量",
];
const CONDITIONS = [
  "工作地点在项目部，提供住宿",
  "单位统一安排食宿",
  "每周休息一天，节假日按规定安排",
  "工资按月足额发放，不拖欠",
  "上岗前免费岗前培训",
  "表现优秀可转正或晋升",
  "工作环境良好，交通便利",
  "长期稳定，缴纳社会保险",
];
const REQUIREMENTS = [
  "有相关工作经验者优先",
  "持相关证书者优先",
  "责任心强，能吃苦耐劳",
  "身体健康，能适应户外工作",
  "应届毕业生亦可",
  "无经验可培训上岗",
];
const BENEFITS = [
  "包吃住",
  "五险一金",
  "双休",
  "交通补贴",
  "月结",
  "日结",
  "高温补贴",
  "节日福利",
  "带薪年假",
];
const NAMES = [
  "天山",
  "丝路",
  "昌盛",
  "金穗",
  "恒泰",
  "鑫源",
  "博达",
  "瑞丰",
  "宏远",
  "新峰",
  "绿洲",
  "雪莲",
  "西域",
  "凯华",
  "佳禾",
  "同心",
];
const KINDS = [
  "建筑工程有限公司",
  "农业科技有限公司",
  "物业服务有限公司",
  "餐饮管理有限公司",
  "纺织有限公司",
  "物流有限公司",
  "商贸有限公司",
  "劳务服务有限公司",
  "家政服务有限公司",
  "机械设备有限公司",
];

export interface GeneratedPosting {
  sourceId: string;
  title: string;
  description: string;
  requirements: string;
  industryCode: string;
  regionCode: string;
  address: string;
  latitude: number;
  longitude: number;
  headcount: number;
  salaryMin: number;
  salaryMax: number;
  salaryUnit: "month" | "day" | "hour" | "piece";
  employmentType: string;
  benefits: string[];
  validUntil: string;
  howToApply: string;
  employer: { name: string; creditCode: string };
}

/** Xinjiang's counties with a made-up seat position each (the same for a seed). */
export function counties(): { code: string; name: string; lat: number; lon: number }[] {
  const rows = readFileSync(path.join(REFERENCE, "admin_divisions_xinjiang_2023.csv"), "utf8")
    .trim()
    .split("\n")
    .slice(1);
  const r = rng(7);
  return rows
    .map((line) => line.split(","))
    .filter((c) => c[2] === "3")
    .map(([code = "", name = ""]) => ({ code, name, lat: 37 + r() * 9, lon: 76 + r() * 16 }));
}

function creditCode(r: () => number, region: string): string {
  let body = "MA";
  const chars = [...`${CREDIT_CODE_CHARSET.slice(0, 10)}ABCDEFGHJK`];
  for (let i = 0; i < 6; i++) body += pick(r, chars);
  const org = body + computeOrgCodeCheck(body);
  const first17 = `91${region}${org}`;
  return first17 + computeCreditCodeCheck(first17);
}

/** `count` postings from about count/20 employers; every `dupEvery`-th is a near-copy of an earlier one. */
export function generatePostings(count: number, seed = 1, dupEvery = 20): GeneratedPosting[] {
  const r = rng(seed);
  const places = counties();
  const employers = Array.from({ length: Math.max(10, Math.floor(count / 20)) }, () => {
    const place = pick(r, places);
    return {
      place,
      name: `${place.name.replace(/(市|县|区)$/, "")}${pick(r, NAMES)}${pick(r, KINDS)}`,
      creditCode: creditCode(r, place.code),
    };
  });
  const out: GeneratedPosting[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % dupEvery === 0) {
      const original = out[Math.floor(r() * out.length)] as GeneratedPosting;
      out.push({
        ...original,
        sourceId: `g${i}`,
        description: `${original.description}欢迎咨询。`,
        howToApply: "现场报名",
      });
      continue;
    }
    const job = pick(r, JOBS);
    const employer = pick(r, employers);
    const [lo, hi] = job.pay;
    const min = Math.round((lo + r() * (hi - lo) * 0.5) * 100) / 100;
    const max = Math.round((min + r() * (hi - min)) * 100) / 100;
    const duties = [pick(r, DUTIES), pick(r, DUTIES), pick(r, CONDITIONS), pick(r, CONDITIONS)];
    out.push({
      sourceId: `g${i}`,
      title: r() < 0.3 ? `招聘${job.title}${1 + Math.floor(r() * 20)}名` : job.title,
      description: `${employer.name}因业务发展需要，现招聘${job.title}。${duties.join("；")}。`,
      requirements: `${pick(r, REQUIREMENTS)}，${pick(r, REQUIREMENTS)}。`,
      industryCode: job.industry,
      regionCode: employer.place.code,
      address: `${employer.place.name}${pick(r, ["工业园区", "城区", "开发区", "乡镇"])}`,
      latitude: Math.round((employer.place.lat + (r() - 0.5) * 0.3) * 1e5) / 1e5,
      longitude: Math.round((employer.place.lon + (r() - 0.5) * 0.3) * 1e5) / 1e5,
      headcount: 1 + Math.floor(r() * 30),
      salaryMin: min,
      salaryMax: max,
      salaryUnit: job.unit,
      employmentType: job.type,
      benefits: BENEFITS.filter(() => r() < 0.3),
      validUntil: `2027-0${1 + Math.floor(r() * 9)}-15`,
      howToApply: `电话 0994-${String(1000000 + Math.floor(r() * 8999999))} 或到单位现场报名`,
      employer: { name: employer.name, creditCode: employer.creditCode },
    });
  }
  return out;
}
