import type { Training } from "@jiuye/contract/matching";

/**
 * Skills and certificates postings ask for, as data. `words` are what signals one in a posting's
 * text or a person's skills and certificate names (NFKC, lower case, no spaces); `except` are longer
 * words that contain a signal but mean something else (机电工程 is not an electrician); `covers`
 * lists what holding this one includes (a B2 licence includes C1). The training closes the gap: a
 * 职业技能培训 course, the 特种作业 (应急管理) or 特种设备 (市场监管) operator course, a driving school,
 * or the qualification's exam; null where the platform knows none.
 */
export interface SkillEntry {
  id: string;
  name: string;
  /** 职业分类大典 2022 code of the occupation the skill or certificate is for. */
  occupationCode: string | null;
  words: readonly string[];
  except?: readonly string[];
  covers?: readonly string[];
  training: Training | null;
}

export const course = (name: string): Training => ({
  name: `${name}（初级工）职业技能培训`,
  kind: "skill_training",
});
export const specialOperations = (name: string): Training => ({
  name: `${name}特种作业操作证培训`,
  kind: "special_operations",
});
export const specialEquipment = (name: string): Training => ({
  name: `${name}特种设备作业人员培训`,
  kind: "special_equipment",
});
export const drivingSchool = (grade: string): Training => ({
  name: `${grade}驾驶证培训`,
  kind: "driving_licence",
});
export const licenceWords = (grade: string) => [
  `${grade}驾照`,
  `${grade}驾驶证`,
  `${grade}证`,
  `${grade}照`,
  `${grade}及以上`,
  `${grade}以上`,
  `驾照${grade}`,
  `驾驶证${grade}`,
];
