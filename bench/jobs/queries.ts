/** The fixed mixed query set: selective and broad words, filters, distance, sorts. */
export interface BenchQuery {
  name: string;
  q?: string;
  region?: string;
  type?: "full_time" | "part_time" | "gig" | "internship" | "seasonal";
  salaryMin?: number;
  near?: string;
  radiusKm?: number;
  sort?: "relevance" | "newest" | "pay" | "distance";
}

export const QUERIES: BenchQuery[] = [
  { name: "selective word", q: "育婴员" },
  { name: "occupation word", q: "钢筋工" },
  { name: "two words", q: "电焊工 五险一金" },
  { name: "benefit word", q: "包吃住" },
  { name: "broad word", q: "招聘" },
  { name: "place word", q: "奇台" },
  { name: "word in county", q: "保洁员", region: "652325" },
  { name: "word by pay", q: "司机", sort: "pay" },
  { name: "county newest", region: "652301", sort: "newest" },
  { name: "prefecture gig", region: "652300", type: "gig" },
  { name: "pay floor", salaryMin: 8000, sort: "pay" },
  { name: "nearby", near: "44.0,87.3", radiusKm: 20, sort: "distance" },
  { name: "word nearby", q: "厨师", near: "43.8,87.6", radiusKm: 50, sort: "distance" },
  { name: "seasonal", type: "seasonal", sort: "newest" },
  { name: "no results", q: "潜水员" },
];
