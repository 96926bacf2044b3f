import { expect } from "vitest";
import { createAccount } from "../modules/users/users.service.ts";
import { demoCreditCode } from "../seed/demo.ts";
import { TEST_PASSWORD, type TestApp, type TestClient } from "./app.ts";

export interface WageFixture {
  /** The 住房和城乡建设局 of Changji prefecture: the project's sector department. */
  dept: TestClient;
  /** 昌吉市's HR bureau. */
  county: TestClient;
  projectId: string;
  departmentId: string;
}

/**
 * A 昌吉市 school building registered by its sector department: 12 million yuan of contract, permit,
 * registration, site board, labour officer and special account in order, a cash deposit of 200 000
 * (the 2 % tier asks 240 000). Accounts `dept.housing` and `staff.changjishi` are made for it.
 */
export async function wageProjectFixture(t: TestApp): Promise<WageFixture> {
  const housing = await t.deps.db
    .selectFrom("organisations")
    .select("id")
    .where("kind", "=", "department")
    .where("name", "=", "住房和城乡建设局")
    .executeTakeFirstOrThrow();
  for (const account of [
    {
      username: "dept.housing",
      role: "department" as const,
      regionCode: "652300",
      organisationId: housing.id,
    },
    { username: "staff.changjishi", role: "staff" as const, regionCode: "652301", organisationId: null },
  ])
    await createAccount({
      db: t.deps.db,
      clock: t.deps.clock,
      regions: t.deps.regions,
      account: { ...account, displayName: account.username, password: TEST_PASSWORD, consentPurpose: null },
    });
  const dept = await t.as("dept.housing");
  const made = await dept.request("POST", "/api/v1/wage-projects", wageProjectInput(housing.id));
  expect(made.statusCode, made.body).toBe(201);
  return {
    dept,
    county: await t.as("staff.changjishi"),
    projectId: made.json().project.id,
    departmentId: housing.id,
  };
}

export function wageProjectInput(departmentId: string) {
  return {
    code: "CJ-2026-001",
    name: "昌吉市第三中学教学楼",
    regionCode: "652301",
    sector: "housing",
    departmentId,
    funding: "government",
    contractAmount: 12_000_000,
    contractSignedOn: "2026-01-10",
    permitIssuedOn: "2026-02-02",
    startedOn: "2026-03-01",
    registeredOn: "2026-02-20",
    siteBoardPublishedOn: "2026-03-01",
    laborOfficerAssigned: true,
    specialAccount: { bank: "昌吉农商银行", openedOn: "2026-01-25" },
    deposit: { form: "cash", amount: 200_000, depositedOn: "2026-02-20" },
    parties: [
      {
        role: "general_contractor",
        name: "昌吉示范建工有限公司",
        creditCode: demoCreditCode("652301", "JGC10001"),
      },
    ],
  };
}
