import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { postingFields } from "../../testing/postings.ts";

describe.each(testEngines())("job posting review on %s", (engine) => {
  let t: TestApp;
  let employer: TestClient;
  let reviewer: TestClient;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    employer = await t.as("employer.demo");
    reviewer = await t.as("staff.changji");
  });
  afterAll(async () => t?.close());

  const create = (client: TestClient, body: object) => client.request("POST", "/api/v1/job-postings", body);
  const move = (client: TestClient, id: string, body: object) =>
    client.request("POST", `/api/v1/job-postings/${id}/transition`, body);

  it("keeps a discriminatory draft from review until it is edited, then publishes it", async () => {
    const made = await create(
      employer,
      postingFields({ regionCode: "652301", requirements: "限男性，身体健康" }),
    );
    expect(made.statusCode).toBe(201);
    const draft = made.json().posting;
    expect(draft.status).toBe("draft");
    expect(draft.findings).toEqual([
      expect.objectContaining({ category: "gender", severity: "block", text: "限男性" }),
    ]);
    expect(draft.sources).toEqual([expect.objectContaining({ source: "employer" })]);

    const blocked = await move(employer, draft.id, { action: "submit" });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.code).toBe("JOBS_COMPLIANCE_BLOCKED");

    const edited = await employer.request(
      "PUT",
      `/api/v1/job-postings/${draft.id}`,
      postingFields({ regionCode: "652301" }),
    );
    expect(edited.json().posting.findings).toEqual([]);
    const submitted = await move(employer, draft.id, { action: "submit" });
    expect(submitted.json().posting.status).toBe("pending_review");

    const queue = await reviewer.request("GET", "/api/v1/job-postings/managed?status=pending_review");
    expect(queue.json().items.map((p: { id: string }) => p.id)).toContain(draft.id);

    const outsider = await t.as("staff.qitai");
    expect((await move(outsider, draft.id, { action: "approve" })).statusCode).toBe(403);
    expect((await move(employer, draft.id, { action: "approve" })).statusCode).toBe(403);

    clock.advance(3600_000);
    const approved = await move(reviewer, draft.id, { action: "approve" });
    expect(approved.statusCode).toBe(200);
    const published = approved.json().posting;
    expect(published.status).toBe("published");
    expect(published.publishedAt).toBe("2026-06-01T03:00:00.000Z");
    expect(
      published.history.map((h: { toStatus: string; actorName: string }) => [h.toStatus, h.actorName]),
    ).toEqual([
      ["draft", "employer.demo"],
      ["draft", "employer.demo"],
      ["pending_review", "employer.demo"],
      ["published", "staff.changji"],
    ]);
  });

  it("needs a reviewer's confirmation of warnings, and a reason to send back", async () => {
    const made = await create(
      employer,
      postingFields({ regionCode: "652301", title: "仓库管理员", requirements: "年龄35岁以下" }),
    );
    const posting = made.json().posting;
    expect(posting.findings).toEqual([expect.objectContaining({ category: "age", severity: "warn" })]);
    await move(employer, posting.id, { action: "submit" });
    const unconfirmed = await move(reviewer, posting.id, { action: "approve" });
    expect(unconfirmed.json().error).toMatchObject({
      code: "JOBS_WARNINGS_UNCONFIRMED",
      details: [{ path: "$.confirmWarnings" }],
    });
    const noReason = await move(reviewer, posting.id, { action: "send_back" });
    expect(noReason.json().error.details).toEqual([{ path: "$.note", message: "required" }]);
    const sentBack = await move(reviewer, posting.id, { action: "send_back", note: "请删除年龄限制" });
    expect(sentBack.json().posting).toMatchObject({ status: "draft", reviewNote: "请删除年龄限制" });
    const seen = await employer.request("GET", `/api/v1/job-postings/${posting.id}`);
    expect(seen.json().posting.reviewNote).toBe("请删除年龄限制");
    await move(employer, posting.id, { action: "submit" });
    const confirmed = await move(reviewer, posting.id, { action: "approve", confirmWarnings: true });
    expect(confirmed.json().posting.status).toBe("published");
  });

  it("shows published postings to everybody and drafts only to their employer and region's offices", async () => {
    const draft = (
      await create(employer, postingFields({ regionCode: "652301", title: "装载机司机" }))
    ).json().posting;
    const anonymous = t.client();
    expect((await anonymous.request("GET", `/api/v1/job-postings/${draft.id}`)).statusCode).toBe(404);
    expect(
      (await (await t.as("staff.qitai")).request("GET", `/api/v1/job-postings/${draft.id}`)).statusCode,
    ).toBe(404);
    expect((await reviewer.request("GET", `/api/v1/job-postings/${draft.id}`)).json().posting.status).toBe(
      "draft",
    );
    await move(reviewer, draft.id, { action: "approve" });
    const open = (await anonymous.request("GET", `/api/v1/job-postings/${draft.id}`)).json().posting;
    expect(open.title).toBe("装载机司机");
    expect(open).not.toHaveProperty("findings");
    expect(open).not.toHaveProperty("status");
  });

  it("lets staff post for an employer of their jurisdiction, and the employer fill or withdraw", async () => {
    const employerId = (await employer.request("GET", "/api/v1/auth/session")).json().user.organisationId;
    const noEmployer = await create(reviewer, postingFields({ regionCode: "652301", title: "电焊工" }));
    expect(noEmployer.json().error.details).toEqual([
      { path: "$.employerId", message: "required for staff" },
    ]);
    const made = await create(reviewer, {
      ...postingFields({ regionCode: "652301", title: "电焊工" }),
      employerId,
    });
    expect(made.json().posting.sources[0].source).toBe("staff");
    const id = made.json().posting.id;
    await move(reviewer, id, { action: "approve" });
    expect((await move(employer, id, { action: "fill" })).json().posting.status).toBe("filled");
    const again = await move(employer, id, { action: "withdraw" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("JOBS_TRANSITION_NOT_ALLOWED");
  });
});
