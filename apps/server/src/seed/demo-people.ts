import type { PersonFields } from "@jiuye/contract/people";
import { computeIdNumberCheck } from "@jiuye/identifiers/gb11643";
import type { EmploymentStatus } from "../db/types.ts";
import type { Deps } from "../http/context.ts";
import type { Clock } from "../lib/clock.ts";
import { recordContact } from "../modules/people/people.follow-up.ts";
import { findHousehold, findPersonById, insertHousehold } from "../modules/people/people.repo.ts";
import { checkFields, peopleDeps, registerPerson } from "../modules/people/people.service.ts";

/**
 * A synthetic 公民身份号码 with a valid check digit: region, birth date (YYYYMMDD) and a 3-digit
 * sequence. For demo and test data only; it names no one.
 */
export function demoIdNumber(regionCode: string, birthDate: string, sequence: string): string {
  const first17 = `${regionCode}${birthDate}${sequence}`;
  return first17 + computeIdNumberCheck(first17);
}

interface DemoPerson {
  name: string;
  birth: string;
  region: string;
  household?: string;
  status: EmploymentStatus;
  /** Registered this many days before the first start, and last contacted this many days before. */
  registeredDaysAgo: number;
  contactedDaysAgo?: number;
  extra?: Partial<PersonFields>;
}

// Synthetic people in Qitai and Changji: one 零就业家庭 (QT-0001), follow-ups due and overdue.
const PEOPLE: DemoPerson[] = [
  {
    name: "演示甲",
    birth: "19910314",
    region: "652325100",
    household: "QT-0001",
    status: "unemployed",
    registeredDaysAgo: 30,
    contactedDaysAgo: 12,
    extra: { registeredUnemployed: true, skills: ["驾驶"] },
  },
  {
    name: "演示乙",
    birth: "19930802",
    region: "652325100",
    household: "QT-0001",
    status: "unemployed",
    registeredDaysAgo: 30,
    contactedDaysAgo: 7,
    extra: { education: "senior_secondary" },
  },
  {
    name: "演示丙",
    birth: "19600120",
    region: "652325100",
    household: "QT-0001",
    status: "retired",
    registeredDaysAgo: 30,
  },
  {
    name: "演示丁",
    birth: "19810605",
    region: "652325101",
    household: "QT-0002",
    status: "employed_stable",
    registeredDaysAgo: 100,
    extra: { certificates: [{ kind: "skill_level", name: "焊工", level: 4 }] },
  },
  {
    name: "演示戊",
    birth: "20030918",
    region: "652325101",
    household: "QT-0002",
    status: "unemployed",
    registeredDaysAgo: 3,
    extra: {
      graduateYear: 2025,
      graduateSchool: "昌吉学院",
      education: "bachelor",
      desiredOccupations: ["2-02-10-03"],
    },
  },
  {
    name: "演示己",
    birth: "19880411",
    region: "652325102",
    status: "employed_flexible",
    registeredDaysAgo: 40,
    extra: { ruralWorker: true, willingElsewhere: true },
  },
  { name: "演示庚", birth: "20060227", region: "652325", status: "studying", registeredDaysAgo: 10 },
  {
    name: "演示辛",
    birth: "19740110",
    region: "652301",
    status: "unemployed",
    registeredDaysAgo: 2,
    extra: { hardshipCategory: "652300-01", registeredUnemployed: true },
  },
];

const DAY_MS = 86_400_000;
/** Shown as entered at village level, so the Qitai and Changji offices can take the data checks. */
const DEMO_RECORDER = { id: null, name: "demo", level: 5 };

/**
 * Demo people for a first start (none when the registry has any), entered at village level with a
 * demo consent, some registered weeks ago so that follow-ups are due and overdue today.
 */
export async function seedDemoPeople(deps: Deps): Promise<number> {
  const any = await deps.db.selectFrom("people").select("id").executeTakeFirst();
  if (any) return 0;
  const now = deps.clock.now().getTime();
  const daysAgo = (n: number): Clock => ({ now: () => new Date(now - n * DAY_MS) });
  return deps.db.transaction().execute(async (db) => {
    let made = 0;
    for (const [i, p] of PEOPLE.entries()) {
      const d = { ...peopleDeps(deps, db), clock: daysAgo(p.registeredDaysAgo) };
      const reference = p.household;
      let householdId: string | null = null;
      if (reference) {
        const region = p.region.slice(0, 9);
        householdId =
          (await findHousehold(db, { regionCode: region, reference }))?.id ??
          (await insertHousehold(db, { region_code: region, reference, created_by: null }));
      }
      const checked = await checkFields(d, {
        name: p.name,
        idNumber: demoIdNumber(p.region.slice(0, 6), p.birth, String(900 + i)),
        phone: `1390994${String(1000 + i).slice(-4)}`,
        regionCode: p.region,
        skills: [],
        certificates: [],
        desiredOccupations: [],
        desiredRegionCodes: [],
        desiredEmploymentTypes: [],
        willingElsewhere: false,
        registeredUnemployed: false,
        disabled: false,
        veteran: false,
        ruralWorker: false,
        lowIncome: false,
        ...p.extra,
      });
      const id = await registerPerson(d, {
        checked,
        status: { status: p.status },
        householdId,
        recommendable: false,
        userId: null,
        consent: {
          method: "staff",
          purpose: "demo data: labour-force registry and follow-up",
          statement: "synthetic demo person; no consent of a real person is involved",
          collectedBy: "demo",
        },
        recorder: DEMO_RECORDER,
      });
      const row = p.contactedDaysAgo === undefined ? undefined : await findPersonById(db, id);
      if (row && p.contactedDaysAgo !== undefined) {
        await recordContact(
          { ...d, clock: daysAgo(p.contactedDaysAgo) },
          {
            row,
            contact: { channel: "phone", offered: ["jobs", "policy"], postingIds: [], note: null },
            recorder: DEMO_RECORDER,
          },
        );
      }
      made++;
    }
    return made;
  });
}
