import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeXlsx } from "../../lib/tabular.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";

const VILLAGES_CSV = [
  "code,name,level,parent_code",
  "652325100201,示范村,5,652325100",
  "652325100202,第二示范村,5,652325100",
  "652325100203,,5,652325100",
  "65232510020,错码村,5,652325100",
  "652325100204,无父村,5,652325999",
  "652325100202,重复村,5,652325100",
  "652325101,,4,652325",
].join("\n");

describe.each(testEngines())("regions on %s", (engine) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await openTestApp(engine);
    admin = await t.as("admin");
  });
  afterAll(async () => t?.close());

  const upload = (query: string, body: string | Buffer, type = "text/csv") =>
    admin.request("POST", `/api/v1/regions/import?${query}`, body, { "content-type": type });

  it("ships Xinjiang's divisions, Changji's counties and the Zhundong zone", async () => {
    const top = (await t.client().request("GET", "/api/v1/regions")).json().items;
    expect(top).toEqual([expect.objectContaining({ code: "650000", name: "新疆维吾尔自治区", level: 1 })]);
    const prefectures = (await t.client().request("GET", "/api/v1/regions?parent=650000")).json().items;
    expect(prefectures.filter((r: { code: string }) => r.code !== "659000")).toHaveLength(14);
    const changji = (await t.client().request("GET", "/api/v1/regions?parent=652300")).json().items;
    expect(
      changji.map((r: { code: string; name: string; kind: string }) => [r.code, r.name, r.kind]),
    ).toEqual([
      ["652301", "昌吉市", "gb2260"],
      ["652302", "阜康市", "gb2260"],
      ["652323", "呼图壁县", "gb2260"],
      ["652324", "玛纳斯县", "gb2260"],
      ["652325", "奇台县", "gb2260"],
      ["652327", "吉木萨尔县", "gb2260"],
      ["652328", "木垒哈萨克自治县", "gb2260"],
      ["652300-Z01", "准东经济技术开发区", "zone"],
    ]);
    const one = (await t.client().request("GET", "/api/v1/regions/652325")).json();
    expect(one.ancestors.map((r: { code: string }) => r.code)).toEqual(["650000", "652300"]);
    expect(one.region.childCount).toBeGreaterThan(5);
    expect((await t.client().request("GET", "/api/v1/regions/652399")).statusCode).toBe(404);
    expect((await t.client().request("GET", "/api/v1/regions/abc")).statusCode).toBe(400);
  });

  it("imports villages from CSV: valid rows in, each bad row located, dry run writes nothing", async () => {
    const township = (await t.client().request("GET", "/api/v1/regions?parent=652325")).json().items[0].code;
    const csv = VILLAGES_CSV.replaceAll("652325100", township).replace("652325999", "652325998");
    const dry = await upload("format=csv&dryRun=true", csv);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, inserted: 2, updated: 0, unchanged: 0 });
    expect((await t.client().request("GET", `/api/v1/regions?parent=${township}`)).json().items).toEqual([]);

    const res = await upload("format=csv", csv);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: false, inserted: 2, updated: 0, unchanged: 0 });
    expect(body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [4, "name"],
      [5, "code"],
      [6, "parent_code"],
      [7, "code"],
      [8, "name"],
    ]);
    const villages = (await t.client().request("GET", `/api/v1/regions?parent=${township}`)).json().items;
    expect(villages.map((v: { name: string; level: number }) => [v.name, v.level])).toEqual([
      ["示范村", 5],
      ["第二示范村", 5],
    ]);

    const again = await upload("format=csv", csv);
    expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it("imports the same rows from .xlsx and reports a missing column on the header row", async () => {
    const file = await writeXlsx(
      "regions",
      ["code", "name", "level", "parent_code"],
      [
        ["652301999", "测试街道", 4, "652301"],
        ["652301999001", "测试社区", 5, "652301999"],
      ],
    );
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const res = await upload("format=xlsx", file, type);
    expect(res.json()).toMatchObject({ inserted: 2, errors: [] });
    expect(
      (await t.client().request("GET", "/api/v1/regions/652301999001"))
        .json()
        .ancestors.map((r: { code: string }) => r.code),
    ).toEqual(["650000", "652300", "652301", "652301999"]);
    const renamed = await writeXlsx(
      "regions",
      ["code", "name", "level", "parent_code"],
      [["652301999", "测试街道（更名）", 4, "652301"]],
    );
    expect((await upload("format=xlsx", renamed, type)).json()).toMatchObject({ inserted: 0, updated: 1 });

    const noLevel = await upload("format=csv", "code,name,parent_code\n652301998,某地,652301\n");
    expect(noLevel.json().errors).toEqual([
      { row: 1, column: "level", message: 'the header row lacks the column "level"' },
    ]);
    const garbage = await upload("format=xlsx", Buffer.from("not a zip"), type);
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.message).toMatch(/\.xlsx file cannot be read/);
  });

  it("audits the import and refuses JSON bodies on the upload route", async () => {
    const json = await admin.request("POST", "/api/v1/regions/import?format=csv", { code: "x" });
    expect(json.statusCode).toBe(415);
    const entries = await t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "regions.import")
      .where("outcome", "=", "ok")
      .execute();
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(entries[0]).toMatchObject({ actor_name: "admin", actor_role: "admin", record_type: "regions" });
  });
});
