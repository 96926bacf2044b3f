import type { Role } from "@jiuye/contract/route";
import { computeCreditCodeCheck, computeOrgCodeCheck } from "@jiuye/identifiers/gb32100";
import type { Deps } from "../http/context.ts";
import { insertOrganisation } from "../modules/organisations/organisations.repo.ts";
import { createAccount } from "../modules/users/users.service.ts";

export interface DemoLogin {
  username: string;
  role: Role;
  displayName: string;
  regionCode: string;
}

/** A valid 统一社会信用代码 for a demo company (enterprise, 91…), region and 8-character body. */
export function demoCreditCode(regionCode: string, orgBody: string): string {
  const orgCode = orgBody + computeOrgCodeCheck(orgBody);
  const first17 = `91${regionCode}${orgCode}`;
  return first17 + computeCreditCodeCheck(first17);
}

const ACCOUNTS: (DemoLogin & { organisation?: "employer" | "hrss" })[] = [
  { username: "admin", role: "admin", displayName: "系统管理员", regionCode: "650000" },
  {
    username: "leader.changji",
    role: "leadership",
    displayName: "昌吉州就业促进和劳动保护工作领导小组办公室",
    regionCode: "652300",
  },
  { username: "staff.changji", role: "staff", displayName: "昌吉州公共就业服务中心", regionCode: "652300" },
  { username: "staff.qitai", role: "staff", displayName: "奇台县人社局就业股", regionCode: "652325" },
  {
    username: "dept.hrss",
    role: "department",
    displayName: "州人社局",
    regionCode: "652300",
    organisation: "hrss",
  },
  {
    username: "employer.demo",
    role: "employer",
    displayName: "示范建设公司人事部",
    regionCode: "652301",
    organisation: "employer",
  },
  { username: "seeker.demo", role: "seeker", displayName: "示范求职者", regionCode: "652325" },
];

/**
 * Demo accounts for a first start: one per role, in Changji. Returns the logins made (none when
 * the database already has accounts). The demo employer is marked unverified on purpose.
 */
export async function seedDemoAccounts(deps: Deps, password: string): Promise<DemoLogin[]> {
  const any = await deps.db.selectFrom("users").select("id").executeTakeFirst();
  if (any) return [];
  return deps.db.transaction().execute(async (db) => {
    const employerId = await insertOrganisation(db, {
      kind: "employer",
      name: "昌吉示范建设工程有限公司",
      credit_code: demoCreditCode("652301", "MA7DEM01"),
      region_code: "652301",
      seq: null,
    });
    const hrss = await db
      .selectFrom("organisations")
      .select("id")
      .where("kind", "=", "department")
      .where("region_code", "=", "652300")
      .where("name", "=", "人力资源和社会保障局")
      .executeTakeFirstOrThrow();
    const made: DemoLogin[] = [];
    for (const account of ACCOUNTS) {
      const organisationId =
        account.organisation === "employer" ? employerId : account.organisation === "hrss" ? hrss.id : null;
      await createAccount({
        db,
        clock: deps.clock,
        regions: deps.regions,
        account: {
          ...account,
          password,
          organisationId,
          consentPurpose: account.role === "seeker" ? "demo account" : null,
        },
      });
      made.push({
        username: account.username,
        role: account.role,
        displayName: account.displayName,
        regionCode: account.regionCode,
      });
    }
    return made;
  });
}
