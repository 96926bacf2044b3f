import type { PersonFields } from "@jiuye/contract/people";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { demoCreditCode } from "../../seed/demo.ts";
import { openTestApp, TEST_PASSWORD, type TestApp, type TestClient } from "../../testing/app.ts";
import { compileOnlyDb, sqlText } from "../../testing/compile.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber, personFields, staffRegistration } from "../../testing/people.ts";
import { postingFields } from "../../testing/postings.ts";
import { candidatePeopleQuery, candidatePostingsQuery } from "./matching.repo.ts";

interface Factor {
  factor: string;
  fit: string;
  points: number;
  detail: Record<string, unknown>;
}
interface Item {
  posting: { id: string; title: string; regionCode: string; employerName: string };
  score: number;
  factors: Factor[];
}

const factor = (item: Item | undefined, name: string) => item?.factors.find((f) => f.factor === name);

/** A welder in 奇台县 who also cooks, and does not want to work away from home. */
const WELDER: Partial<PersonFields> = {
  name: "王小明",
  phone: "13899990071",
  latitude: 44.0,
  longitude: 89.5,
  education: "junior_secondary",
  experienceYears: 3,
  skills: ["电焊"],
  certificates: [{ kind: "skill_level", name: "焊工", occupationCode: null, level: 4 }],
  desiredOccupations: ["6-18-02-04", "4-03-02-01"],
  desiredRegionCodes: [],
  desiredPayMin: 5000,
  desiredEmploymentTypes: ["full_time"],
  desiredHoursPerWeek: 48,
  willingElsewhere: false,
};

const feedEmployer = { name: "新疆某餐饮管理有限公司", creditCode: demoCreditCode("650102", "MA7CY001") };

describe.each(testEngines())("matching on %s", (engine) => {
  let t: TestApp;
  const clock = fixedClock("2026-06-10T02:00:00Z");
  let welder: { client: TestClient; personId: string };
  let other: { client: TestClient; personId: string };
  let weldingId: string;

  /** A seeker account in 奇台县 with its own registry record. */
  async function seeker(username: string, fields: Partial<PersonFields>, extra: Record<string, unknown>) {
    const client = t.client();
    await client.request("GET", "/api/v1/auth/session");
    const made = await client.request("POST", "/api/v1/auth/register", {
      role: "seeker",
      username,
      password: TEST_PASSWORD,
      displayName: username,
      regionCode: "652325",
      consent: true,
    });
    expect(made.statusCode).toBe(201);
    const person = await client.request("POST", "/api/v1/me/person", {
      ...personFields(fields),
      status: { status: "unemployed" },
      consent: true,
      ...extra,
    });
    expect(person.statusCode).toBe(201);
    return { client, personId: person.json().person.id as string, person: person.json().person };
  }

  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    // The welding job: the demo employer posts it in 奇台县; the county office approves it.
    const employer = await t.as("employer.demo");
    const draft = await employer.request(
      "POST",
      "/api/v1/job-postings",
      postingFields({
        title: "电焊工",
        description: "钢结构厂房焊接，每天8小时，做六休一，包吃住，工资按月发放。",
        requirements: "持焊工证，有叉车证者优先",
        occupationCode: "6-18-02-04",
        salaryMin: 6000,
        salaryMax: 8000,
        education: "junior_secondary",
        experienceYears: 2,
      }),
    );
    weldingId = draft.json().posting.id;
    const staff = await t.as("staff.qitai");
    const approved = await staff.request("POST", `/api/v1/job-postings/${weldingId}/transition`, {
      action: "approve",
    });
    expect(approved.json().posting.status).toBe("published");

    // The others come from a feed of the whole region, published as they arrive.
    const admin = await t.as("admin");
    const token = (
      await admin.request("POST", "/api/v1/feed-sources", {
        name: "region-feed",
        displayName: "全区平台",
        regionCode: "650000",
        autoPublish: true,
      })
    ).json().token;
    const item = (sourceId: string, overrides: Parameters<typeof postingFields>[0]) => ({
      ...postingFields({ occupationCode: "6-18-02-04", ...overrides }),
      sourceId,
      employer: feedEmployer,
    });
    const items = [
      item("cook", {
        title: "厨师",
        description: "昌吉市酒店后厨，负责炒菜，每天8小时，做六休一。",
        requirements: "有厨师经验",
        occupationCode: "4-03-02-01",
        industryCode: "H",
        regionCode: "652301",
        address: "昌吉市延安北路",
        latitude: 44.01,
        longitude: 87.3,
        salaryMin: 5000,
        salaryMax: 6000,
      }),
      item("low-pay", {
        title: "焊工学徒",
        description: "奇台县农机厂焊接，双休，每天8小时。",
        requirements: "会电焊",
        salaryMin: 3800,
        salaryMax: 4500,
      }),
      item("urumqi", {
        title: "电焊工",
        description: "乌鲁木齐钢结构项目焊接，每天8小时，做六休一。",
        requirements: "持焊工证",
        regionCode: "650102",
        address: "乌鲁木齐市天山区",
        latitude: 43.79,
        longitude: 87.63,
        salaryMin: 9000,
        salaryMax: 12000,
      }),
    ];
    const fed = await t
      .client()
      .request("POST", "/api/v1/job-postings/batch", { items }, { authorization: `Bearer ${token}` });
    expect(fed.json().created).toBe(3);

    const made = await seeker("welder", { ...WELDER, idNumber: idNumber(71) }, { recommendable: true });
    expect(made.person).toMatchObject({ experienceYears: 3, recommendable: true });
    welder = made;
    other = await seeker(
      "other",
      { ...WELDER, name: "李四", idNumber: idNumber(72), phone: "13899990072" },
      { recommendable: false },
    );
  });
  afterAll(async () => t?.close());

  const ownMatches = async (client: TestClient) =>
    (await client.request("GET", "/api/v1/me/matches?limit=20")).json().items as Item[];

  it("ranks a nearby welding job above a far-away cook's, explaining fits, misses and training", async () => {
    const items = await ownMatches(welder.client);
    const titles = items.map((i) => `${i.posting.title}@${i.posting.regionCode}`);
    expect(titles.indexOf("电焊工@652325")).toBe(0);
    expect(titles.indexOf("电焊工@652325")).toBeLessThan(titles.indexOf("厨师@652301"));
    const [welding] = items;
    const cook = items.find((i) => i.posting.title === "厨师");
    expect(welding?.score).toBeGreaterThan(cook?.score ?? 100);
    expect(welding?.posting).toMatchObject({ id: weldingId, employerName: "昌吉示范建设工程有限公司" });

    expect(factor(welding, "occupation")).toMatchObject({ fit: "fits", points: 25 });
    expect(factor(welding, "distance")).toMatchObject({ fit: "fits", detail: { area: "same_county" } });
    expect(factor(welding, "experience")).toMatchObject({
      fit: "fits",
      detail: { askedYears: 2, heldYears: 3 },
    });
    expect(factor(welding, "hours")).toMatchObject({
      fit: "fits",
      detail: { postingHours: 48, desiredHours: 48 },
    });
    expect(factor(welding, "skills")).toMatchObject({
      fit: "partial",
      detail: {
        held: [{ id: "welding", name: "焊工" }],
        missing: [
          {
            id: "forklift",
            preferred: true,
            training: { name: "叉车司机（N1）特种设备作业人员培训", kind: "special_equipment" },
          },
        ],
      },
    });

    expect(factor(cook, "occupation")).toMatchObject({ fit: "fits" });
    expect(factor(cook, "distance")).toMatchObject({ fit: "misses", detail: { area: "same_prefecture" } });
    expect(factor(cook, "skills")).toMatchObject({
      fit: "misses",
      detail: { missing: [{ id: "chinese_cooking", training: { kind: "skill_training" } }] },
    });
  });

  it("shows pay below the desired pay as a miss", async () => {
    const lowPay = (await ownMatches(welder.client)).find((i) => i.posting.title === "焊工学徒");
    expect(factor(lowPay, "pay")).toMatchObject({
      fit: "misses",
      points: 0,
      detail: { monthlyMax: 4500, desiredMin: 5000 },
    });
  });

  it("keeps postings outside the prefecture away from a person not willing to work away", async () => {
    const items = await ownMatches(welder.client);
    expect(items.every((i) => i.posting.regionCode.startsWith("6523"))).toBe(true);

    const staff = await t.as("staff.qitai");
    const made = await staff.request(
      "POST",
      "/api/v1/people",
      staffRegistration({ ...WELDER, idNumber: idNumber(73), phone: null, willingElsewhere: true }),
    );
    const willing = await staff.request("GET", `/api/v1/people/${made.json().person.id}/matches`);
    const regions = (willing.json().items as Item[]).map((i) => i.posting.regionCode);
    expect(regions).toContain("650102");
    const urumqi = (willing.json().items as Item[]).find((i) => i.posting.regionCode === "650102");
    expect(factor(urumqi, "distance")).toMatchObject({ fit: "partial", detail: { willingElsewhere: true } });
  });

  it("shows a person's matches to themselves and the offices of their region, not to another seeker", async () => {
    const url = `/api/v1/people/${welder.personId}/matches?limit=2`;
    const own = await welder.client.request("GET", url);
    expect(own.statusCode).toBe(200);
    expect(own.json().items).toHaveLength(2);
    expect((await other.client.request("GET", url)).statusCode).toBe(403);
    expect((await (await t.as("staff.changji")).request("GET", url)).statusCode).toBe(200);
    expect((await (await t.as("employer.demo")).request("GET", url)).statusCode).toBe(403);
    const unregistered = await (await t.as("seeker.demo")).request("GET", "/api/v1/me/matches");
    expect(unregistered.json().error.code).toBe("PEOPLE_NOT_FOUND");
  });

  it("recommends to the employer only people who chose it, looking for work, without contact details", async () => {
    const employed = await seeker(
      "employed",
      { ...WELDER, name: "赵五", idNumber: idNumber(74), phone: "13899990074" },
      { recommendable: true, status: { status: "employed_stable" } },
    );
    const employer = await t.as("employer.demo");
    const res = await employer.request("GET", `/api/v1/job-postings/${weldingId}/candidates?limit=20`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { personId: string; maskedName: string; [key: string]: unknown }[];
    expect(items.map((c) => c.personId)).toEqual([welder.personId]);
    expect(items[0]).toMatchObject({
      maskedName: "王**",
      age: 36,
      education: "junior_secondary",
      regionName: "奇台县",
      skills: ["电焊"],
      certificates: ["焊工"],
    });
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(
      [
        "age",
        "certificates",
        "education",
        "factors",
        "maskedName",
        "personId",
        "regionCode",
        "regionName",
        "score",
        "skills",
      ].sort(),
    );
    expect(res.body).not.toContain("13899990071");
    expect(res.body).not.toContain(idNumber(71));
    expect(res.body).not.toContain("王小明");
    expect(factor(items[0] as unknown as Item, "pay")?.detail.desiredMin).toBeNull();
    expect(items.map((c) => c.personId)).not.toContain(other.personId);
    expect(items.map((c) => c.personId)).not.toContain(employed.personId);
  });

  it("refuses another employer, staff of another county, and unpublished postings", async () => {
    const rival = t.client();
    await rival.request("GET", "/api/v1/auth/session");
    const made = await rival.request("POST", "/api/v1/auth/register", {
      role: "employer",
      username: "rival",
      password: TEST_PASSWORD,
      displayName: "rival",
      regionCode: "652325",
      organisationName: "奇台县某钢结构有限公司",
      creditCode: demoCreditCode("652325", "MA7RWC01"),
      consent: true,
    });
    expect(made.statusCode).toBe(201);
    const url = `/api/v1/job-postings/${weldingId}/candidates`;
    expect((await rival.request("GET", url)).json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
    expect((await (await t.as("staff.qitai")).request("GET", url)).statusCode).toBe(200);

    const draft = await (await t.as("employer.demo")).request(
      "POST",
      "/api/v1/job-postings",
      postingFields(),
    );
    const unpublished = await (await t.as("employer.demo")).request(
      "GET",
      `/api/v1/job-postings/${draft.json().posting.id}/candidates`,
    );
    expect(unpublished.json().error.code).toBe("MATCHING_POSTING_NOT_PUBLISHED");
  });
});

it("keeps the SQL of matching's retrieval in queries/matching.sql", async () => {
  const db = compileOnlyDb();
  const queries = [
    candidatePostingsQuery(db, {
      places: "'@r:652300'",
      occupations: "'@o:6-18' | '@o:4-03'",
      words: "'电焊' | '焊工'",
      payFloor: 4000,
      today: "2026-06-10",
      publishedSince: new Date("2026-06-09T00:00:00Z"),
      cap: 300,
    }),
    candidatePeopleQuery(db, {
      prefecturePath: "650000.652300",
      regionCodes: ["652325", "650000", "652300"],
      occupation: { code: "6-18-02-04", medium: "6-18" },
      skillPatterns: ["%焊工%"],
      skillCodes: ["6-18-02-04"],
      cap: 500,
    }),
  ];
  await expect(sqlText(queries)).toMatchFileSnapshot("queries/matching.sql");
});
