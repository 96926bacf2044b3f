import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCreditCode } from "../../seed/demo.ts";
import { openTestApp, type TestApp } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";

describe.each(testEngines())("organisations on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t?.close());

  it("ships the 39 departments of the Changji 2026 plan in order", async () => {
    const res = await t.client().request("GET", "/api/v1/departments?region=652300");
    const names = res.json().items.map((d: { name: string }) => d.name);
    expect(names).toHaveLength(39);
    expect(names[0]).toBe("党委组织部");
    expect(names).toContain("人力资源和社会保障局");
    expect(names[38]).toBe("中国人民银行昌吉州分行");
  });

  it("lets staff register an employer in their jurisdiction, unverified until checked", async () => {
    const staff = await t.as("staff.qitai");
    const creditCode = demoCreditCode("652325", "MA7QT001").toLowerCase();
    const res = await staff.request("POST", "/api/v1/organisations", {
      kind: "employer",
      name: "  奇台县某面粉厂 ",
      creditCode,
      regionCode: "652325",
    });
    expect(res.statusCode).toBe(201);
    const org = res.json().organisation;
    expect(org).toMatchObject({
      name: "奇台县某面粉厂",
      creditCode: creditCode.toUpperCase(),
      verified: false,
      regionName: "奇台县",
    });
    const verified = await staff.request("POST", `/api/v1/organisations/${org.id}/verify`);
    expect(verified.json().organisation.verified).toBe(true);
    const list = await staff.request("GET", "/api/v1/organisations?q=面粉");
    expect(list.json().items.map((o: { id: string }) => o.id)).toEqual([org.id]);
    const unknownRegion = await staff.request("POST", "/api/v1/organisations", {
      kind: "employer",
      name: "某公司",
      creditCode: demoCreditCode("652325", "MA7QT002"),
      regionCode: "652399",
    });
    expect(unknownRegion.statusCode).toBe(422);
    expect(unknownRegion.json().error.details).toEqual([{ path: "$.regionCode", message: "unknown region" }]);
  });

  it("pages the organisation list with a cursor", async () => {
    const staff = await t.as("staff.changji");
    for (let i = 1; i <= 3; i++) {
      await staff.request("POST", "/api/v1/organisations", {
        kind: "agency",
        name: `人力资源服务机构${i}`,
        creditCode: demoCreditCode("652301", `MA7HR00${i}`),
        regionCode: "652301",
      });
    }
    const first = (await staff.request("GET", "/api/v1/organisations?kind=agency&limit=2")).json();
    const second = (
      await staff.request("GET", `/api/v1/organisations?kind=agency&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect([...first.items, ...second.items].map((o: { name: string }) => o.name)).toEqual([
      "人力资源服务机构1",
      "人力资源服务机构2",
      "人力资源服务机构3",
    ]);
    expect(second.nextCursor).toBeNull();
  });
});
