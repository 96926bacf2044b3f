import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { writeCsv, writeXlsx } from "../../lib/tabular.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber, personFields } from "../../testing/people.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const HEADERS = [
  "姓名",
  "公民身份号码",
  "手机号码",
  "居住地区代码",
  "户编号",
  "就业状态",
  "状态起始日期",
  "证书",
  "愿意外出就业",
  "备注",
];
const wrongCheck = (id: string) => id.slice(0, 17) + (id.endsWith("0") ? "1" : "0");

/** Two good rows in one household, and bad ones each failing on one column. */
function rows(overrides: { secondStatus?: string; secondSince?: string } = {}) {
  return [
    ["张一", idNumber(1), "13800000001", "652325100", "H-1", "失业", "2026-05-01", "焊工:四级", "是", ""],
    [
      "张二",
      idNumber(2),
      "",
      "652325100",
      "H-1",
      overrides.secondStatus ?? "灵活就业",
      overrides.secondSince ?? "",
      "机动车驾驶证",
      "否",
      "",
    ],
    ["张三", wrongCheck(idNumber(3)), "", "652325100", "", "失业", "", "", "", ""],
    ["张四", idNumber(4), "", "652325100", "", "待业", "", "", "", ""],
    ["张五", idNumber(5, "19900101", "652301"), "", "652301", "", "失业", "", "", "", ""],
    ["张六", idNumber(1), "", "652325100", "", "失业", "", "", "", ""],
    ["张七", idNumber(7), "", "652325100", "", "失业", "", "电工:六级", "", ""],
    ["张八", idNumber(8), "1234", "652325100", "", "失业", "", "", "", ""],
    ["张九", idNumber(9), "", "652325100", "", "失业", "", "", "", ""],
  ];
}

const EXPECTED_ERRORS = [
  { row: 1, column: "备注", message: "unknown column, ignored" },
  { row: 4, column: "公民身份号码", message: "its check digit is wrong" },
  { row: 5, column: "就业状态", message: expect.any(String) },
  { row: 6, column: "居住地区代码", message: "outside your jurisdiction" },
  { row: 7, column: "公民身份号码", message: "the same person as row 2" },
  { row: 8, column: "证书", message: expect.any(String) },
  { row: 9, column: "手机号码", message: "not a mobile or landline number" },
  {
    row: 10,
    column: "公民身份号码",
    message: "this person registered themselves; only they change their record",
  },
];

describe.each(testEngines())("people import on %s", (engine) => {
  let t: TestApp;
  let staff: TestClient;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    staff = await t.as("staff.qitai");
    const seeker = await t.as("seeker.demo");
    const self = await seeker.request("POST", "/api/v1/me/person", {
      ...personFields({ idNumber: idNumber(9) }),
      status: { status: "unemployed" },
      consent: true,
    });
    expect(self.statusCode).toBe(201);
  });
  afterAll(async () => t?.close());

  async function upload(file: Buffer, format: "csv" | "xlsx", dryRun = false) {
    const started = await staff.request(
      "POST",
      `/api/v1/people/imports?format=${format}&fileName=qitai.${format}&dryRun=${dryRun}&consentCollectedBy=${encodeURIComponent("奇台镇劳动保障所")}&consentPurpose=${encodeURIComponent("就业服务与跟踪回访")}`,
      file,
      { "content-type": format === "csv" ? "text/csv" : XLSX },
    );
    expect(started.statusCode).toBe(202);
    expect(started.json().import).toMatchObject({ status: "queued", dryRun });
    await t.deps.tasks.runDue();
    return (await staff.request("GET", `/api/v1/people/imports/${started.json().import.id}`)).json().import;
  }
  const count = async (table: "people" | "person_statuses" | "households") =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("offers the template and refuses an import without the consent basis", async () => {
    const csv = await t.client().request("GET", "/api/v1/people/import-template?format=csv");
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.body.split("\r\n")[0]).toContain("姓名,公民身份号码,手机号码,居住地区代码");
    const xlsx = await t.client().request("GET", "/api/v1/people/import-template");
    expect(xlsx.headers["content-type"]).toBe(XLSX);
    const refused = await staff.request("POST", "/api/v1/people/imports?format=csv", "姓名\n", {
      "content-type": "text/csv",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      "$query.consentCollectedBy",
      "$query.consentPurpose",
    ]);
    const headerOnly = await upload(writeCsv(["姓名"], [["张一"]]), "csv");
    expect(headerOnly.errors).toEqual([
      { row: 1, column: "公民身份号码", message: 'the header row lacks the column "公民身份号码"' },
      { row: 1, column: "居住地区代码", message: 'the header row lacks the column "居住地区代码"' },
      { row: 1, column: "就业状态", message: 'the header row lacks the column "就业状态"' },
    ]);
  });

  it("reports every bad row with its column, takes the good ones, and changes nothing on re-import", async () => {
    const people = await count("people");
    const dry = await upload(writeCsv(HEADERS, rows()), "csv", true);
    expect(dry).toMatchObject({ status: "done", totalRows: 9, processedRows: 9 });
    expect(dry.summary).toEqual({ received: 9, created: 2, updated: 0, unchanged: 0, rejected: 7 });
    expect(dry.errors).toEqual(EXPECTED_ERRORS);
    expect(await count("people")).toBe(people);

    const file = await writeXlsx("人员", HEADERS, rows());
    const real = await upload(file, "xlsx");
    expect(real.summary).toEqual({ received: 9, created: 2, updated: 0, unchanged: 0, rejected: 7 });
    expect(real.errors).toEqual(EXPECTED_ERRORS);
    expect(await count("people")).toBe(people + 2);
    const found = await staff.request("POST", "/api/v1/people/find", { idNumber: idNumber(1) });
    const first = (await staff.request("GET", `/api/v1/people/${found.json().items[0].id}`)).json().person;
    expect(first).toMatchObject({
      name: "张一",
      status: "unemployed",
      statusSince: "2026-05-01",
      willingElsewhere: true,
      certificates: [{ kind: "skill_level", name: "焊工", level: 4 }],
      household: { reference: "H-1", regionCode: "652325100" },
      consent: {
        method: "import",
        collectedBy: "奇台镇劳动保障所",
        purpose: "就业服务与跟踪回访",
        statement: null,
      },
      check: { stage: "entered", enteredLevel: 3 },
    });
    const second = (await staff.request("POST", "/api/v1/people/find", { idNumber: idNumber(2) })).json()
      .items[0];
    expect(second.householdId).toBe(first.household.id);

    const statuses = await count("person_statuses");
    const households = await count("households");
    const again = await upload(file, "xlsx");
    expect(again.summary).toEqual({ received: 9, created: 0, updated: 0, unchanged: 2, rejected: 7 });
    expect([await count("people"), await count("person_statuses"), await count("households")]).toEqual([
      people + 2,
      statuses,
      households,
    ]);

    // A later status in a new sheet is news; it changes that person only. An older one is not.
    clock.set("2026-06-10T02:00:00Z");
    staff = await t.as("staff.qitai");
    const older = await upload(
      writeCsv(HEADERS, rows({ secondStatus: "稳定就业", secondSince: "2026-05-20" })),
      "csv",
    );
    expect(older.summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const later = await upload(
      writeCsv(HEADERS, rows({ secondStatus: "稳定就业", secondSince: "2026-06-05" })),
      "csv",
    );
    expect(later.summary).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const moved = (await staff.request("GET", `/api/v1/people/${second.id}`)).json().person;
    expect(moved).toMatchObject({ status: "employed_stable", statusSince: "2026-06-05" });

    const other = await t.as("staff.changji");
    expect((await other.request("GET", `/api/v1/people/imports/${real.id}`)).statusCode).toBe(404);
  });
});

describe("jiuye people import (CLI)", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiuye-people-cli-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const jiuye = (args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, JIUYE_SECRET: "p".repeat(40) };
    delete env.DATABASE_URL;
    const result = spawnSync(
      process.execPath,
      [path.resolve(import.meta.dirname, "../../../bin/jiuye.js"), ...args],
      { env, encoding: "utf8", timeout: 60_000 },
    );
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it("needs the consent basis, reports located errors and writes nothing on a dry run", () => {
    const file = path.join(dataDir, "people.csv");
    writeFileSync(file, writeCsv(HEADERS, rows().slice(0, 3)));
    const noConsent = jiuye(["people", "import", file, "--dry-run"]);
    expect(noConsent.code).toBe(1);
    expect(noConsent.err).toContain("--consent-by");
    const dry = jiuye([
      "people",
      "import",
      file,
      "--consent-by",
      "奇台镇劳动保障所",
      "--consent-purpose",
      "就业服务",
      "--dry-run",
    ]);
    expect(dry.err).toContain(`${file}: row 4, column 公民身份号码: its check digit is wrong`);
    expect(dry.out).toContain("dry run: rows 3: created 2, updated 0, unchanged 0, rejected 1");
    expect(dry.code).toBe(1);
    const real = jiuye([
      "people",
      "import",
      file,
      "--consent-by",
      "奇台镇劳动保障所",
      "--consent-purpose",
      "就业服务",
    ]);
    expect(real.out).toContain("rows 3: created 2, updated 0, unchanged 0, rejected 1");
    const again = jiuye([
      "people",
      "import",
      file,
      "--consent-by",
      "奇台镇劳动保障所",
      "--consent-purpose",
      "就业服务",
    ]);
    expect(again.out).toContain("rows 3: created 0, updated 0, unchanged 2, rejected 1");
  });
});
