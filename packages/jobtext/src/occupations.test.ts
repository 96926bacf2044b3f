import { describe, expect, it } from "vitest";
import { loadOccupations, majorGroups, occupationSynonyms, suggestOccupations } from "./occupations.ts";

describe("loadOccupations", () => {
  const catalogue = loadOccupations();

  it("holds the four levels with parent links", () => {
    const byLevel = [1, 2, 3, 4].map((level) => catalogue.all.filter((o) => o.level === level).length);
    expect(byLevel).toEqual([8, 72, 436, 1631]);
    for (const o of catalogue.all) {
      if (o.level === 1) expect(o.parentCode).toBeNull();
      else expect(catalogue.byCode.get(o.parentCode ?? "")?.level).toBe(o.level - 1);
    }
  });

  it("leaves are every 职业 plus the 小类 without one", () => {
    expect(catalogue.leaves.filter((o) => o.level === 4)).toHaveLength(1631);
    for (const o of catalogue.leaves.filter((l) => l.level === 3))
      expect(catalogue.childrenOf(o.code)).toEqual([]);
    expect(catalogue.leaves.every((o) => o.name !== "")).toBe(true);
  });

  it("majorGroups are the 8 大类", () => {
    expect(majorGroups().map((o) => o.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(majorGroups()[1]?.name).toBe("专业技术人员");
  });

  it("every synonym points at a leaf of the catalogue", () => {
    const leaves = new Set(catalogue.leaves.map((o) => o.code));
    for (const s of occupationSynonyms()) expect(leaves, `${s.term} → ${s.code}`).toContain(s.code);
  });
});

describe("suggestOccupations: the best suggestion for realistic titles", () => {
  // Codes looked up in apps/server/reference/occupations_cn_2022.csv.
  it.each([
    ["招聘电焊工5名", "", "6-18-02-04"], // 焊工
    ["挖机师傅", "", "6-30-05-05"], // 挖掘铲运和桩工机械司机
    ["急招挖掘机司机", "土方工地", "6-30-05-05"],
    ["超市收银员", "", "4-01-02-04"], // 收银员
    ["养老院护工", "照顾老人日常起居", "4-10-01-05"], // 养老护理员
    ["医院护工", "", "4-14-01-02"], // 医疗护理员
    ["拾花工", "棉田拾花，按公斤计件", "5-01-02-01"], // 农艺工
    ["外卖骑手", "", "4-10-08-01"], // 网约配送员
    ["快递员", "负责片区快递派送", "4-02-07-08"], // 快递员
    ["小区保安", "", "4-07-05-01"], // 保安员
    ["酒店保洁阿姨", "", "4-09-08-01"], // 保洁员
    ["饭店服务员", "", "4-03-02-05"], // 餐厅服务员
    ["钢筋工", "", "6-29-01-04"], // 钢筋工
    ["瓦工 大工小工", "砌砖抹灰", "6-29-01-01"], // 砌筑工
    ["中餐厨师", "", "4-03-02-01"], // 中式烹调师
    ["面点师", "", "4-03-02-02"], // 中式面点师
    ["叉车司机", "持叉车证", "6-30-05-01"], // 起重装卸机械操作工
    ["网约车司机", "", "4-02-02-01"], // 客运车辆驾驶员
    ["货车司机", "A2驾照", "4-02-02-02"], // 道路货运汽车驾驶员
    ["纺纱挡车工", "", "6-04-02-01"], // 纺纱工, not 车工 (车工 is only inside 挡车工)
    ["住家保姆", "", "4-10-01-06"], // 家政服务员
    ["持证电工", "", "6-31-01-03"], // 电工
    ["仓库管理员", "", "4-02-06-01"], // 仓储管理员
    ["幼儿园老师", "", "2-08-03-00"], // 幼儿园教师
    ["棉花加工厂季节工", "轧花厂招工", "5-05-06-02"], // 棉花加工工
  ])("%s → %s", (title, description, code) => {
    const [best] = suggestOccupations(title, description);
    expect(best?.code).toBe(code);
    expect(best?.matched.length).toBeGreaterThan(0);
  });
});

describe("suggestOccupations: ranking and shape", () => {
  it("an exact name in the title outranks the same words in the description", () => {
    const [best, ...rest] = suggestOccupations("收银员", "超市营业员岗位");
    expect(best?.code).toBe("4-01-02-04");
    expect(rest.map((s) => s.code)).toContain("4-01-02-03"); // 商品营业员, from the description
    expect(best?.score).toBeGreaterThan(rest[0]?.score ?? 0);
  });

  it("returns at most `limit`, best first", () => {
    const list = suggestOccupations("快递员", "快递派送和快递站点管理", 2);
    expect(list).toHaveLength(2);
    expect(list[0]?.score).toBeGreaterThanOrEqual(list[1]?.score ?? 0);
  });

  it.each([
    ["招聘普工", ""],
    ["", ""],
    ["急招！！！", "待遇从优"],
  ])("nothing for %j", (title, description) => {
    expect(suggestOccupations(title, description)).toEqual([]);
  });

  it("招聘 alone does not suggest 招聘师", () => {
    expect(suggestOccupations("招聘保洁员", "").map((s) => s.code)).not.toContain("4-07-03-08");
  });
});
