import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { openTestApp, TEST_PASSWORD, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber, staffRegistration } from "../../testing/people.ts";
import { CHECK_STEPS, type CheckAction, planCheck, sampleFraction } from "./people.checks.ts";

const VILLAGE = "652325100201";

describe("data check steps", () => {
  const cases: [string, CheckAction, string, { id: string; level: number }, string | null, string][] = [
    [
      "a township checks a village entry",
      "check",
      "entered",
      { id: "t", level: 4 },
      null,
      "township_checked",
    ],
    ["a county may check too", "check", "entered", { id: "c", level: 3 }, null, "township_checked"],
    ["a village cannot check", "check", "entered", { id: "v2", level: 5 }, null, "PEOPLE_CHECK_LEVEL_DENIED"],
    [
      "nobody checks their own entry",
      "check",
      "entered",
      { id: "v", level: 4 },
      null,
      "PEOPLE_CHECK_OWN_ENTRY",
    ],
    [
      "a checked record is not checked again",
      "check",
      "township_checked",
      { id: "t", level: 4 },
      null,
      "PEOPLE_CHECK_NOT_ALLOWED",
    ],
    [
      "a county verifies a sampled record",
      "verify",
      "county_sampled",
      { id: "c", level: 3 },
      null,
      "county_verified",
    ],
    [
      "a township does not verify",
      "verify",
      "county_sampled",
      { id: "t", level: 4 },
      null,
      "PEOPLE_CHECK_LEVEL_DENIED",
    ],
    [
      "only sampled records are verified",
      "verify",
      "township_checked",
      { id: "c", level: 3 },
      null,
      "PEOPLE_CHECK_NOT_ALLOWED",
    ],
    ["a return needs a reason", "return", "entered", { id: "t", level: 4 }, null, "VALIDATION_FAILED"],
    [
      "a county returns a sampled record",
      "return",
      "county_sampled",
      { id: "c", level: 3 },
      "号码有误",
      "returned",
    ],
    [
      "a returned record waits for its correction",
      "return",
      "returned",
      { id: "t", level: 4 },
      "x",
      "PEOPLE_CHECK_NOT_ALLOWED",
    ],
  ];
  it.each(cases)("%s", (_, action, stage, actor, note, expected) => {
    const run = () => planCheck(action, { stage: stage as "entered", enteredBy: "v" }, actor, note);
    if (expected === expected.toUpperCase()) expect(run).toThrow(expect.objectContaining({ code: expected }));
    else expect(run()).toBe(expected);
  });

  it("declares a step for every action", () => {
    expect(Object.keys(CHECK_STEPS).sort()).toEqual(["check", "return", "verify"]);
  });

  it("draws by hashed id: the same seed and id always agree, and seeds spread ids evenly", () => {
    expect(sampleFraction("652325:2026-Q2", "a")).toBe(sampleFraction("652325:2026-Q2", "a"));
    expect(sampleFraction("652325:2026-Q2", "a")).not.toBe(sampleFraction("652325:2026-Q3", "a"));
    const fractions = Array.from({ length: 4000 }, (_, i) => sampleFraction("s", `id-${i}`));
    expect(Math.min(...fractions)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...fractions)).toBeLessThan(1);
    const share = fractions.filter((f) => f < 0.1).length / fractions.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
  });
});

describe.each(testEngines())("people data checks on %s", (engine) => {
  let t: TestApp;
  let village: TestClient;
  let township: TestClient;
  let county: TestClient;
  let admin: TestClient;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    admin = await t.as("admin");
    const imported = await admin.request(
      "POST",
      "/api/v1/regions/import?format=csv",
      `code,name,level,parent_code\n${VILLAGE},示范村,5,652325100\n`,
      { "content-type": "text/csv" },
    );
    expect(imported.json().inserted).toBe(1);
    for (const [username, regionCode] of [
      ["village.clerk", VILLAGE],
      ["town.clerk", "652325100"],
    ]) {
      const made = await admin.request("POST", "/api/v1/users", {
        username,
        displayName: username,
        password: TEST_PASSWORD,
        role: "staff",
        regionCode,
      });
      expect(made.statusCode).toBe(201);
    }
    village = await t.as("village.clerk");
    township = await t.as("town.clerk");
    county = await t.as("staff.qitai");
  });
  afterAll(async () => t?.close());

  const register = async (client: TestClient, seq: number, regionCode = VILLAGE) => {
    const res = await client.request(
      "POST",
      "/api/v1/people",
      staffRegistration({ idNumber: idNumber(seq), name: `人员${seq}`, regionCode }),
    );
    expect(res.statusCode).toBe(201);
    return res.json().person as { id: string; check: { stage: string; enteredLevel: number } };
  };
  const check = (client: TestClient, id: string, action: CheckAction, note?: string) =>
    client.request("POST", `/api/v1/people/${id}/check`, { action, ...(note ? { note } : {}) });

  it("has village entries checked at township level, never by their own clerk", async () => {
    const entry = await register(village, 1);
    expect(entry.check).toMatchObject({ stage: "entered", enteredLevel: 5 });
    const byVillage = await check(village, entry.id, "check");
    expect(byVillage.statusCode).toBe(403);
    expect(byVillage.json().error.code).toBe("PEOPLE_CHECK_LEVEL_DENIED");
    const checked = await check(township, entry.id, "check");
    expect(checked.json().person.check).toMatchObject({
      stage: "township_checked",
      history: [
        { actorName: "village.clerk", fromStage: null, toStage: "entered" },
        { actorName: "town.clerk", fromStage: "entered", toStage: "township_checked" },
      ],
    });
    expect((await check(township, entry.id, "check")).json().error.code).toBe("PEOPLE_CHECK_NOT_ALLOWED");

    const own = await register(township, 2);
    expect((await check(township, own.id, "check")).json().error.code).toBe("PEOPLE_CHECK_OWN_ENTRY");
    expect((await check(county, own.id, "check")).json().person.check.stage).toBe("township_checked");
  });

  it("returns a record with a reason; the correction goes back to the checks", async () => {
    const entry = await register(village, 3);
    const noReason = await check(township, entry.id, "return");
    expect(noReason.json().error.details).toEqual([
      { path: "$.note", message: "required when returning a record" },
    ]);
    const returned = await check(township, entry.id, "return", "手机号码与本人不符");
    expect(returned.json().person.check).toMatchObject({ stage: "returned", note: "手机号码与本人不符" });
    const listed = await village.request("GET", "/api/v1/people?checkStage=returned");
    expect(listed.json().items.map((p: { id: string }) => p.id)).toEqual([entry.id]);
    const corrected = await village.request(
      "PUT",
      `/api/v1/people/${entry.id}`,
      staffRegistration({ idNumber: idNumber(3), name: "人员3", regionCode: VILLAGE, phone: "13899990333" }),
    );
    expect(corrected.json().person.check).toMatchObject({ stage: "entered", note: null, enteredLevel: 5 });
    expect(corrected.json().person.check.history.at(-1)).toMatchObject({
      fromStage: "returned",
      toStage: "entered",
      note: "corrected",
    });
  });

  it("has the county sample its configured share by hashed id, once per period, and verify", async () => {
    const ids: string[] = [];
    for (let seq = 10; seq < 30; seq++) {
      const entry = await register(village, seq);
      expect((await check(township, entry.id, "check")).statusCode).toBe(200);
      ids.push(entry.id);
    }
    await admin.request("PUT", "/api/v1/people/settings/652325", {
      stableDays: 90,
      flexibleDays: 30,
      unemployedDays: 7,
      sampleShare: 0.5,
    });
    expect(
      (await township.request("POST", "/api/v1/people/samples", { period: "2026-Q2" })).json().error.code,
    ).toBe("PEOPLE_CHECK_LEVEL_DENIED");
    const drawn = await county.request("POST", "/api/v1/people/samples", { period: "2026-Q2" });
    expect(drawn.statusCode).toBe(201);
    const sample = drawn.json().sample;
    const candidates = (await county.request("GET", "/api/v1/people?limit=200"))
      .json()
      .items.filter((p: { checkStage: string }) => p.checkStage !== "entered" && p.checkStage !== "returned");
    expect(sample).toMatchObject({
      regionCode: "652325",
      period: "2026-Q2",
      share: 0.5,
      candidates: 22,
      drawnBy: "staff.qitai",
    });
    const expected = candidates
      .map((p: { id: string }) => p.id)
      .filter((id: string) => sampleFraction("652325:2026-Q2", id) < 0.5)
      .sort();
    expect([...sample.personIds].sort()).toEqual(expected);
    const sampled = await county.request("GET", "/api/v1/people?checkStage=county_sampled&limit=200");
    expect(
      sampled
        .json()
        .items.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual(expected);
    const again = await county.request("POST", "/api/v1/people/samples", { period: "2026-Q2" });
    expect(again.json().error.code).toBe("PEOPLE_SAMPLE_EXISTS");
    const stored = await t.deps.db.selectFrom("person_samples").selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ seed: "652325:2026-Q2", share: "0.500", candidates: 22 });

    // With a share of one, the next period draws every record still only township-checked.
    await admin.request("PUT", "/api/v1/people/settings/652325", {
      stableDays: 90,
      flexibleDays: 30,
      unemployedDays: 7,
      sampleShare: 1,
    });
    const all = (await county.request("POST", "/api/v1/people/samples", { period: "2026-Q3" })).json().sample;
    expect(all.personIds).toHaveLength(22 - expected.length);
    const target = all.personIds[0];
    expect((await check(township, target, "verify")).json().error.code).toBe("PEOPLE_CHECK_LEVEL_DENIED");
    const verified = await check(county, target, "verify");
    expect(verified.json().person.check).toMatchObject({ stage: "county_verified" });
    expect(verified.json().person.check.history.map((e: { toStage: string }) => e.toStage)).toEqual([
      "entered",
      "township_checked",
      "county_sampled",
      "county_verified",
    ]);
  });
});
