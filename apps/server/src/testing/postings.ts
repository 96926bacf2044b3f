import type { PostingFields } from "@jiuye/contract/job-postings";
import type { TestApp } from "./app.ts";

/** A lawful, complete posting in Qitai; override what a test is about. */
export function postingFields(overrides: Partial<PostingFields> = {}): PostingFields {
  return {
    title: "钢筋工",
    description: "负责住宅楼钢筋绑扎与安装，工地提供住宿，工资按月发放。",
    requirements: "有钢筋作业经验者优先",
    occupationCode: null,
    industryCode: "E",
    regionCode: "652325",
    address: "奇台县古城乡",
    latitude: 44.02,
    longitude: 89.59,
    headcount: 10,
    salaryMin: 6000,
    salaryMax: 8000,
    salaryUnit: "month",
    employmentType: "full_time",
    education: "none",
    experienceYears: 1,
    benefits: ["包吃住", "五险一金"],
    validUntil: "2026-12-31",
    howToApply: "电话 0994-7210000 或到项目部报名",
    ...overrides,
  };
}

/** A posting of the demo employer in 昌吉市, approved by the prefecture office: open for applications. */
export async function publishedPosting(
  t: Pick<TestApp, "as">,
  overrides: Partial<PostingFields> = {},
): Promise<string> {
  const employer = await t.as("employer.demo");
  const fields = postingFields({ regionCode: "652301", ...overrides });
  const id: string = (await employer.request("POST", "/api/v1/job-postings", fields)).json().posting.id;
  const staff = await t.as("staff.changji");
  const approved = await staff.request("POST", `/api/v1/job-postings/${id}/transition`, {
    action: "approve",
  });
  if (approved.json().posting?.status !== "published") throw new Error(`not published: ${approved.body}`);
  return id;
}
