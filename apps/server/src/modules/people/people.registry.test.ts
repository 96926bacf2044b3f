import { computeIdNumberCheck } from "@jiuye/identifiers/gb11643";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { piiCipher } from "../../lib/pii.ts";
import { readTable } from "../../lib/tabular.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber, personFields, staffRegistration } from "../../testing/people.ts";

/** An identity number whose check character is X, to test normalisation of a lower-case x. */
function idNumberEndingInX(): string {
  for (let seq = 100; seq < 999; seq++) {
    const first17 = `65232519850704${seq}`;
    if (computeIdNumberCheck(first17) === "X") return `${first17}X`;
  }
  throw new Error("no X check character found");
}

describe.each(testEngines())("people registry on %s", (engine) => {
  let t: TestApp;
  let staff: TestClient;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    staff = await t.as("staff.qitai");
  });
  afterAll(async () => t?.close());

  const register = (client: TestClient, ...args: Parameters<typeof staffRegistration>) =>
    client.request("POST", "/api/v1/people", staffRegistration(...args));
  const lastAudit = (action: string) =>
    t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", action)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();

  it("refuses a registration without consent and records who took it, when and for what", async () => {
    const { consent: _, ...withoutConsent } = staffRegistration({ idNumber: idNumber(10) });
    const refused = await staff.request("POST", "/api/v1/people", withoutConsent);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ path: "$.consent" })]);

    const made = await register(staff, { idNumber: idNumber(10, "19900102") });
    expect(made.statusCode).toBe(201);
    expect(made.json().person).toMatchObject({
      birthDate: "1990-01-02",
      age: 36,
      regionName: "奇台县",
      status: "unemployed",
      selfRegistered: false,
      consent: {
        method: "staff",
        givenOn: "2026-06-01",
        purpose: "employment services and follow-up",
        statement: "本人自愿登记并同意用于就业服务",
        collectedBy: "staff.qitai",
      },
      check: { stage: "entered", enteredLevel: 3 },
      desiredOccupations: [{ code: "6-29-01-04", name: "钢筋工" }],
      certificates: [{ kind: "skill_level", name: "焊工", occupation: null, level: 4 }],
    });

    // Below the API too: the table refuses a person without consent.
    await expect(
      sql`insert into people (name, id_number_enc, id_number_hash, birth_date, region_code, status,
        status_since, follow_up_base, content_hash)
        values ('x', 'x', 'x', '1990-01-01', '652325', 'unemployed', '2026-06-01', '2026-06-01', 'x')`.execute(
        t.deps.db,
      ),
    ).rejects.toThrow(/consent_on/);
  });

  it("refuses a wrong check digit, a minor and unknown codes, each with its JSON path", async () => {
    const good = idNumber(11);
    const wrongCheck = good.slice(0, 17) + (good.endsWith("0") ? "1" : "0");
    const bad = await register(staff, { idNumber: wrongCheck });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({
      code: "PEOPLE_ID_NUMBER_INVALID",
      details: [{ path: "$.idNumber", message: "its check digit is wrong" }],
    });
    const minor = await register(staff, { idNumber: idNumber(12, "20120101") });
    expect(minor.json().error).toMatchObject({
      code: "PEOPLE_UNDER_WORKING_AGE",
      details: [{ path: "$.idNumber", message: "under 16, the minimum working age" }],
    });
    const codes = await register(staff, {
      idNumber: idNumber(13),
      desiredOccupations: ["6-29-01-04", "9-99-99-99"],
      hardshipCategory: "nope",
      phone: "12345",
    });
    expect(codes.statusCode).toBe(422);
    expect(codes.json().error.details).toEqual([
      { path: "$.phone", message: "not a mobile or landline number" },
      { path: "$.desiredOccupations[1]", message: "not a 职业分类大典 code" },
      { path: "$.hardshipCategory", message: "not a 就业困难人员 category of this region" },
    ]);
  });

  it("refuses a second registration of the same identity number through its keyed hash", async () => {
    const withX = idNumberEndingInX();
    expect((await register(staff, { idNumber: withX, name: "甲" })).statusCode).toBe(201);
    const again = await register(staff, { idNumber: withX.toLowerCase(), name: "乙" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "PEOPLE_ALREADY_REGISTERED",
      details: [{ path: "$.idNumber", message: "already registered" }],
    });
    // Two clerks entering the same person at once: one record, and a 409 (not a 500) for the other.
    const racing = idNumber(77);
    const answers = await Promise.all([
      register(staff, { idNumber: racing, name: "丙" }),
      register(staff, { idNumber: racing, name: "丙" }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
  });

  it("keeps identity and phone numbers encrypted at rest and masked on screen, found by hash", async () => {
    const plainId = idNumber(20, "19880808");
    const made = (await register(staff, { idNumber: plainId, phone: "138 9999 0020" })).json().person;
    const raw = await t.deps.db
      .selectFrom("people")
      .selectAll()
      .where("id", "=", made.id)
      .executeTakeFirstOrThrow();
    const rawText = JSON.stringify(raw);
    expect(rawText).not.toContain(plainId);
    expect(rawText).not.toContain("13899990020");
    expect(rawText).not.toContain(plainId.slice(-8));
    const pii = piiCipher(t.deps.config.secret);
    expect(pii.decrypt("id_number", raw.id_number_enc)).toBe(plainId);
    expect(pii.decrypt("phone", raw.phone_enc ?? "")).toBe("13899990020");
    expect(() => pii.decrypt("phone", raw.id_number_enc)).toThrow();

    const view = await staff.request("GET", `/api/v1/people/${made.id}`);
    expect(view.json().person).toMatchObject({
      idNumberMasked: `652325********${plainId.slice(-4)}`,
      phoneMasked: "138****0020",
    });
    expect(view.body).not.toContain(plainId);
    expect(view.body).not.toContain("13899990020");

    const byId = await staff.request("POST", "/api/v1/people/find", { idNumber: plainId });
    expect(byId.json().items.map((p: { id: string }) => p.id)).toEqual([made.id]);
    const byPhone = await staff.request("POST", "/api/v1/people/find", { phone: "+86 138-9999-0020" });
    expect(byPhone.json().items.map((p: { id: string }) => p.id)).toEqual([made.id]);
    expect((await lastAudit("people.find")).details).toEqual({ by: "phone_hash", read: [made.id] });
  });

  it("reveals only to staff within the jurisdiction, auditing reveals, refusals and every read", async () => {
    const plainId = idNumber(30);
    const made = (await register(staff, { idNumber: plainId, phone: "13899990030" })).json().person;
    const reveal = (client: TestClient) =>
      client.request("POST", `/api/v1/people/${made.id}/reveal`, {
        fields: ["idNumber", "phone"],
        reason: "电话回访核实身份",
      });

    const shown = await reveal(staff);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({ idNumber: plainId, phone: "13899990030" });
    expect(await lastAudit("people.reveal")).toMatchObject({
      actor_name: "staff.qitai",
      record_type: "person",
      record_id: made.id,
      outcome: "ok",
      details: { revealed: ["idNumber", "phone"], reason: "电话回访核实身份" },
    });

    const leader = await t.as("leader.changji");
    expect((await leader.request("GET", `/api/v1/people/${made.id}`)).json().person.idNumberMasked).toMatch(
      /^652325\*{8}/,
    );
    expect(await lastAudit("people.get")).toMatchObject({
      actor_name: "leader.changji",
      record_id: made.id,
      outcome: "ok",
    });
    const denied = await reveal(leader);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe("ACCESS_ROLE_DENIED");
    expect(await lastAudit("people.reveal")).toMatchObject({
      actor_name: "leader.changji",
      outcome: "denied",
    });

    const changji = await t.as("staff.changji");
    const elsewhere = (
      await register(changji, { idNumber: idNumber(31, "19900101", "652301"), regionCode: "652301" })
    ).json().person;
    const outside = await staff.request("POST", `/api/v1/people/${elsewhere.id}/reveal`, {
      fields: ["idNumber"],
      reason: "x1",
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe("ACCESS_OUTSIDE_JURISDICTION");
    expect((await staff.request("GET", `/api/v1/people/${elsewhere.id}`)).statusCode).toBe(403);
    const list = await staff.request("GET", "/api/v1/people?limit=200");
    const ids = list.json().items.map((p: { id: string }) => p.id);
    expect(ids).toContain(made.id);
    expect(ids).not.toContain(elsewhere.id);
    expect((await lastAudit("people.list")).details).toEqual({ read: ids });
  });

  it("lets a person register themselves, choose to be recommended, export and delete their data", async () => {
    const seeker = await t.as("seeker.demo");
    expect((await seeker.request("GET", "/api/v1/me/person")).json()).toEqual({ person: null });
    const plainId = idNumber(40, "19950505");
    const body = {
      ...personFields({ idNumber: plainId, phone: "13899990040", disabilityCertificate: `${plainId}41` }),
      status: { status: "unemployed", since: "2026-05-01" },
    };
    const noConsent = await seeker.request("POST", "/api/v1/me/person", body);
    expect(noConsent.json().error.details).toEqual([expect.objectContaining({ path: "$.consent" })]);
    const made = await seeker.request("POST", "/api/v1/me/person", { ...body, consent: true });
    expect(made.statusCode).toBe(201);
    const person = made.json().person;
    expect(person).toMatchObject({
      selfRegistered: true,
      recommendable: false,
      disabled: true,
      disabilityCertificateMasked: `652325**********${plainId.slice(-2)}41`,
      consent: { method: "self", collectedBy: "self" },
      check: { stage: "entered", enteredLevel: null },
    });
    expect((await seeker.request("POST", "/api/v1/me/person", { ...body, consent: true })).statusCode).toBe(
      409,
    );

    const { disabilityCertificate: _, ...rest } = body;
    const changed = await seeker.request("PUT", "/api/v1/me/person", {
      ...rest,
      disabilityCertificate: `${plainId}41`,
      willingElsewhere: true,
      recommendable: true,
    });
    expect(changed.json().person).toMatchObject({ recommendable: true, willingElsewhere: true });
    // Staff correct the record but cannot choose for the person whether they are recommended.
    const corrected = await staff.request("PUT", `/api/v1/people/${person.id}`, {
      ...rest,
      disabilityCertificate: `${plainId}41`,
      education: "vocational",
      recommendable: false,
    });
    expect(corrected.json().person).toMatchObject({ education: "vocational", recommendable: true });
    // The numbers screens show masked may be left out of a correction: they are kept as stored.
    const { idNumber: _id, phone: _phone, ...withoutNumbers } = rest;
    const ownKept = await seeker.request("PUT", "/api/v1/me/person", {
      ...withoutNumbers,
      recommendable: true,
    });
    expect(ownKept.json().person).toMatchObject({ phoneMasked: "138****0040", disabled: true });
    const staffKept = await staff.request("PUT", `/api/v1/people/${person.id}`, {
      ...withoutNumbers,
      phone: null,
    });
    expect(staffKept.json().person).toMatchObject({ phoneMasked: null, disabled: true });
    expect(staffKept.json().person.disabilityCertificateMasked).toMatch(/41$/);

    const json = await seeker.request("GET", "/api/v1/me/person/export?format=json");
    expect(json.headers["content-type"]).toMatch(/application\/json/);
    expect(json.headers["content-disposition"]).toContain("my-registry-record.json");
    expect(json.json().person).toMatchObject({
      idNumber: plainId,
      phone: null,
      disabilityCertificate: `${plainId}41`,
      statusHistory: [{ status: "unemployed", since: "2026-05-01" }],
      consent: { method: "self" },
    });
    expect(json.json().person.idNumberMasked).toBeUndefined();
    const xlsx = await seeker.request("GET", "/api/v1/me/person/export?format=xlsx");
    expect(xlsx.headers["content-type"]).toMatch(/spreadsheetml/);
    const table = await readTable(xlsx.rawPayload, "xlsx");
    expect(table.rows[0]?.cells).toMatchObject({
      公民身份号码: plainId,
      手机号码: "",
      就业状态: "失业",
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["个人信息", "就业状态", "跟踪服务", "授权记录"]);
    expect(await lastAudit("people.exportOwn")).toMatchObject({
      record_id: person.id,
      details: { export: "xlsx" },
    });

    const before = await t.deps.db
      .selectFrom("people_anonymised")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect((await seeker.request("DELETE", "/api/v1/me/person")).json()).toEqual({ ok: true });
    expect((await seeker.request("GET", "/api/v1/me/person")).json()).toEqual({ person: null });
    expect((await staff.request("GET", `/api/v1/people/${person.id}`)).statusCode).toBe(404);
    const kept = await t.deps.db.selectFrom("people_anonymised").selectAll().orderBy("erased_on").execute();
    expect(kept).toHaveLength(Number(before.n) + 1);
    const remains = kept.at(-1);
    expect(remains).toMatchObject({
      region_code: "652325",
      birth_year: 1995,
      registered_on: "2026-06-01",
      erased_on: "2026-06-01",
      disabled: true,
      status_history: [{ status: "unemployed", since: "2026-05-01" }],
    });
    expect(remains?.id).not.toBe(person.id);
    const remainsText = JSON.stringify(remains);
    for (const gone of [plainId, "13899990040", person.name, "household"])
      expect(remainsText).not.toContain(gone);
    for (const table of ["person_statuses", "person_certificates", "person_check_events"] as const) {
      const left = await t.deps.db
        .selectFrom(table)
        .select("id")
        .where("person_id", "=", person.id)
        .execute();
      expect([table, left]).toEqual([table, []]);
    }
    // The person may register again.
    expect((await seeker.request("POST", "/api/v1/me/person", { ...body, consent: true })).statusCode).toBe(
      201,
    );
  });

  it("lets staff erase a record at the person's request, keeping only anonymised figures", async () => {
    const made = (await register(staff, { idNumber: idNumber(50), name: "待删除" })).json().person;
    const erased = await staff.request("POST", `/api/v1/people/${made.id}/erase`, { reason: "本人申请注销" });
    expect(erased.json()).toEqual({ ok: true });
    expect(await lastAudit("people.erase")).toMatchObject({
      record_id: made.id,
      details: { reason: "本人申请注销" },
    });
    const found = await staff.request("POST", "/api/v1/people/find", { idNumber: idNumber(50) });
    expect(found.json().items).toEqual([]);
    // The identity number is free again.
    expect((await register(staff, { idNumber: idNumber(50) })).statusCode).toBe(201);
  });
});
