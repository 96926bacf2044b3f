import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { seedDemoPeople } from "../../seed/demo-people.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber, staffRegistration } from "../../testing/people.ts";

interface Item {
  id: string;
  name: string;
  followUp: { dueOn: string; overdue: boolean; colour: string | null; intervalDays: number | null };
}

describe.each(testEngines())("people follow-up on %s", (engine) => {
  let t: TestApp;
  let staff: TestClient;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    staff = await t.as("staff.qitai");
  });
  afterAll(async () => t?.close());

  /** Moves the clock; sessions last hours, so staff log in again. */
  async function at(time: string) {
    clock.set(time);
    staff = await t.as("staff.qitai");
  }

  async function register(
    seq: number,
    name: string,
    status: string,
    extra: { householdId?: string; birth?: string } = {},
  ) {
    const res = await staff.request(
      "POST",
      "/api/v1/people",
      staffRegistration(
        { idNumber: idNumber(seq, extra.birth ?? "19900101"), name, regionCode: "652325100" },
        { status, householdId: extra.householdId },
      ),
    );
    expect(res.statusCode).toBe(201);
    return res.json().person.id as string;
  }
  const worklist = async (query = "") =>
    (await staff.request("GET", `/api/v1/people/follow-ups?${query.slice(1)}`)).json() as {
      today: string;
      items: Item[];
      nextCursor: string | null;
    };
  const names = (list: { items: Item[] }) => list.items.map((i) => i.name);

  it("puts people on the worklist by the cadence of their status, due then overdue", async () => {
    const red = await register(1, "失业甲", "unemployed");
    await register(2, "灵活乙", "employed_flexible");
    await register(3, "稳定丙", "employed_stable");
    await register(4, "在校丁", "studying");
    expect((await worklist()).items).toEqual([]);
    const week = await worklist("&within=7");
    expect(week.items).toEqual([
      expect.objectContaining({
        id: red,
        followUp: expect.objectContaining({
          dueOn: "2026-06-08",
          overdue: false,
          colour: "red",
          intervalDays: 7,
        }),
      }),
    ]);
    expect(names(await worklist("&within=92"))).toEqual(["失业甲", "灵活乙", "稳定丙"]);
    expect((await worklist("&within=92")).items.map((i) => i.followUp.colour)).toEqual([
      "red",
      "yellow",
      "green",
    ]);

    await at("2026-06-08T02:00:00Z");
    const due = await worklist();
    expect(due.today).toBe("2026-06-08");
    expect(due.items.map((i) => [i.name, i.followUp.overdue])).toEqual([["失业甲", false]]);
    expect((await worklist("&overdueOnly=true")).items).toEqual([]);
    await at("2026-06-09T02:00:00Z");
    expect((await worklist("&overdueOnly=true")).items.map((i) => [i.name, i.followUp.overdue])).toEqual([
      ["失业甲", true],
    ]);

    const contact = await staff.request("POST", `/api/v1/people/${red}/contacts`, {
      channel: "home_visit",
      offered: ["jobs", "training"],
      note: "推荐了两个钢筋工岗位",
    });
    expect(contact.statusCode).toBe(201);
    expect(contact.json().person).toMatchObject({
      followUp: { dueOn: "2026-06-16", lastContactOn: "2026-06-09", overdue: false },
      contacts: [
        {
          contactedOn: "2026-06-09",
          channel: "home_visit",
          offered: ["jobs", "training"],
          recordedBy: "staff.qitai",
        },
      ],
    });
    expect((await worklist()).items).toEqual([]);

    await at("2026-07-02T02:00:00Z");
    expect((await worklist()).items.map((i) => [i.name, i.followUp.dueOn, i.followUp.overdue])).toEqual([
      ["失业甲", "2026-06-16", true],
      ["灵活乙", "2026-07-01", true],
    ]);
    const first = await worklist("&limit=1");
    expect(names(first)).toEqual(["失业甲"]);
    const second = await worklist(`&limit=1&cursor=${first.nextCursor}`);
    expect(names(second)).toEqual(["灵活乙"]);
    expect(second.nextCursor).toBeNull();

    // A job found on the next call: the person turns green, next due in a quarter.
    const hired = await staff.request("POST", `/api/v1/people/${red}/contacts`, {
      channel: "phone",
      offered: [],
      status: { status: "employed_stable", since: "2026-07-01" },
    });
    expect(hired.json().person).toMatchObject({
      status: "employed_stable",
      statusSince: "2026-07-01",
      followUp: { colour: "green", dueOn: "2026-09-30" },
      statusHistory: [
        { status: "unemployed", since: "2026-06-01" },
        { status: "employed_stable", since: "2026-07-01" },
      ],
    });
    expect(names(await worklist())).toEqual(["灵活乙"]);
    const future = await staff.request("POST", `/api/v1/people/${red}/status`, {
      status: "unemployed",
      since: "2026-08-01",
    });
    expect(future.json().error.details).toEqual([{ path: "$.since", message: "after today" }]);
  });

  it("takes its intervals from the nearest region's settings, with the defaults above", async () => {
    const admin = await t.as("admin");
    const defaults = await staff.request("GET", "/api/v1/people/settings?region=652325100");
    expect(defaults.json().settings).toEqual({
      regionCode: "652325100",
      definedAt: null,
      stableDays: 90,
      flexibleDays: 30,
      unemployedDays: 7,
      sampleShare: 0.1,
    });
    const saved = await admin.request("PUT", "/api/v1/people/settings/652325", {
      stableDays: 60,
      flexibleDays: 14,
      unemployedDays: 3,
      sampleShare: 0.25,
    });
    expect(saved.json().settings).toMatchObject({
      regionCode: "652325",
      definedAt: "652325",
      flexibleDays: 14,
    });
    const below = await staff.request("GET", "/api/v1/people/settings?region=652325100");
    expect(below.json().settings).toMatchObject({
      definedAt: "652325",
      unemployedDays: 3,
      sampleShare: 0.25,
    });
    // 灵活乙's next follow-up moves from a month to two weeks after registration.
    const flexible = (await worklist("&within=92")).items.find((i) => i.name === "灵活乙");
    expect(flexible?.followUp).toMatchObject({ dueOn: "2026-06-15", intervalDays: 14 });
    const refused = await staff.request("PUT", "/api/v1/people/settings/652325", {
      stableDays: 1,
      flexibleDays: 1,
      unemployedDays: 1,
      sampleShare: 1,
    });
    expect(refused.json().error.code).toBe("ACCESS_ROLE_DENIED");
  });

  it("lists a zero-employment household until one of its working-age members is employed", async () => {
    await at("2026-07-02T02:00:00Z");
    const made = await staff.request("POST", "/api/v1/households", {
      regionCode: "652325100",
      reference: "QT-T-01",
    });
    expect(made.statusCode).toBe(201);
    const household = made.json().household.id;
    const taken = await staff.request("POST", "/api/v1/households", {
      regionCode: "652325100",
      reference: "QT-T-01",
    });
    expect(taken.json().error.code).toBe("PEOPLE_HOUSEHOLD_TAKEN");
    const father = await register(20, "户主", "unemployed", { householdId: household, birth: "19750301" });
    await register(21, "配偶", "unemployed", { householdId: household, birth: "19780301" });
    await register(22, "老人", "employed_flexible", { householdId: household, birth: "19600301" });
    await register(23, "学生", "studying", { householdId: household, birth: "20080301" });
    const zero = async () =>
      (await staff.request("GET", "/api/v1/households/zero-employment")).json().items as {
        id: string;
        reference: string;
        members: { name: string; age: number; status: string }[];
      }[];
    const listed = await zero();
    expect(listed.map((h) => h.reference)).toEqual(["QT-T-01"]);
    expect(listed[0]?.members.map((m) => [m.name, m.age, m.status])).toEqual([
      ["老人", 66, "employed_flexible"],
      ["户主", 51, "unemployed"],
      ["配偶", 48, "unemployed"],
      ["学生", 18, "studying"],
    ]);
    // A household whose only working-age member studies is not a zero-employment household.
    const other = (
      await staff.request("POST", "/api/v1/households", { regionCode: "652325100", reference: "QT-T-02" })
    ).json().household.id;
    await register(24, "另一学生", "studying", { householdId: other, birth: "20070101" });
    expect((await zero()).map((h) => h.reference)).toEqual(["QT-T-01"]);

    await staff.request("POST", `/api/v1/people/${father}/status`, { status: "employed_flexible" });
    expect(await zero()).toEqual([]);
  });

  it("seeds demo people once, with a zero-employment household and due and overdue follow-ups", async () => {
    await at("2026-07-02T02:00:00Z");
    expect(await seedDemoPeople(t.deps)).toBe(0);
    await t.deps.db.deleteFrom("person_check_events").execute();
    await t.deps.db.deleteFrom("person_statuses").execute();
    await t.deps.db.deleteFrom("person_contacts").execute();
    await t.deps.db.deleteFrom("person_certificates").execute();
    await t.deps.db.deleteFrom("people").execute();
    expect(await seedDemoPeople(t.deps)).toBe(8);
    const households = (await staff.request("GET", "/api/v1/households/zero-employment")).json().items;
    expect(households.map((h: { reference: string }) => h.reference)).toEqual(["QT-0001"]);
    const due = (await worklist()).items.map((i) => [i.name, i.followUp.overdue]);
    // Qitai's own settings (unemployed every 3 days) apply to the demo people too.
    expect(due).toEqual(
      expect.arrayContaining([
        ["演示甲", true],
        ["演示乙", true],
        ["演示丁", true],
        ["演示己", true],
      ]),
    );
    expect(due.map(([name]) => name)).not.toContain("演示庚");
    expect(due.map(([name]) => name)).not.toContain("演示辛");
  });
});
