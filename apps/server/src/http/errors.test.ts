import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "../db/migrations/index.ts";
import { openTestApp, type TestApp } from "../testing/app.ts";
import { testEngines } from "../testing/database.ts";

describe.each(testEngines())("errors and health on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(async () => t?.close());

  it("reports health with the database kind and migrations", async () => {
    const res = await t.client().request("GET", "/api/health");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "ok",
      database: engine,
      migrations: { applied: Object.keys(migrations).length, latest: Object.keys(migrations).at(-1) },
    });
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const res = await t.client().request("GET", "/api/v1/nothing-here");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: "ROUTE_NOT_FOUND", message: "No route GET /api/v1/nothing-here" },
    });
  });

  it("answers malformed JSON with 400 and stays up", async () => {
    const admin = await t.as("admin");
    const res = await admin.request("POST", "/api/v1/organisations", '{"kind": "employer", "name": ', {
      "content-type": "application/json",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("MALFORMED_JSON");
    expect((await t.client().request("GET", "/api/health")).statusCode).toBe(200);
  });

  it("answers an oversize body with 413", async () => {
    const admin = await t.as("admin");
    const res = await admin.request("POST", "/api/v1/organisations", { name: "x".repeat(2 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers an unknown content type with 415", async () => {
    const admin = await t.as("admin");
    const res = await admin.request("POST", "/api/v1/organisations", "<xml/>", {
      "content-type": "application/xml",
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("locates every validation error with a JSON path", async () => {
    const admin = await t.as("admin");
    const res = await admin.request("POST", "/api/v1/organisations", {
      kind: "school",
      name: "x",
      creditCode: "123",
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    const paths = (body.error.details as { path: string }[]).map((d) => d.path).sort();
    expect(paths).toEqual(["$.creditCode", "$.kind", "$.name", "$.regionCode"]);
  });

  it("locates query validation errors under $query", async () => {
    const admin = await t.as("admin");
    const res = await admin.request("GET", "/api/v1/audit?limit=0");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ path: "$query.limit" })]);
  });

  it("uses 422 for a credit code that fails its check and 409 for a taken one", async () => {
    const staff = await t.as("staff.changji");
    const bad = await staff.request("POST", "/api/v1/organisations", {
      kind: "employer",
      name: "某某公司",
      creditCode: "91652301MA7DEM01X0",
      regionCode: "652301",
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe("ORGANISATIONS_CREDIT_CODE_INVALID");
    const demo = await t.deps.db
      .selectFrom("organisations")
      .select("credit_code")
      .where("kind", "=", "employer")
      .executeTakeFirstOrThrow();
    const taken = await staff.request("POST", "/api/v1/organisations", {
      kind: "employer",
      name: "另一家公司",
      creditCode: demo.credit_code,
      regionCode: "652301",
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({
      code: "ORGANISATIONS_CREDIT_CODE_TAKEN",
      details: [{ path: "$.creditCode" }],
    });
  });

  it("rate-limits login attempts per address with 429", async () => {
    const client = t.client();
    await client.request("GET", "/api/v1/auth/session");
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await client.request("POST", "/api/v1/auth/login", {
        username: `nobody${i}`,
        password: "x",
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().error.code).toBe("RATE_LIMITED");
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it("serves the OpenAPI 3.1 description and the docs page", async () => {
    const spec = await t.client().request("GET", "/api/openapi.json");
    expect(spec.statusCode).toBe(200);
    const doc = spec.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/auth/login", "/api/v1/regions/{code}"]),
    );
    const docs = await t.client().request("GET", "/api/docs/");
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger");
  });
});
