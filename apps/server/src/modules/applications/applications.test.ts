import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { registerEmployer, registerSeeker, type Seeker } from "../../testing/accounts.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber } from "../../testing/people.ts";
import { postingFields, publishedPosting } from "../../testing/postings.ts";

describe.each(testEngines())("applications on %s", (engine) => {
  let t: TestApp;
  let employer: TestClient;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    employer = await t.as("employer.demo");
  });
  afterAll(async () => t?.close());

  let seq = 100;
  /** A seeker with their own record: unemployed, born 1990-01-01, in 奇台县. */
  const seeker = (username: string) =>
    registerSeeker(t, username, {
      fields: { idNumber: idNumber(++seq), name: `求职者${seq}`, phone: `13899990${seq}` },
    });
  const apply = (who: Seeker, postingId: string, body?: object) =>
    who.client.request("POST", `/api/v1/job-postings/${postingId}/apply`, body);
  const decide = (client: TestClient, id: string, body: object) =>
    client.request("POST", `/api/v1/applications/${id}/status`, body);
  const received = async (client: TestClient, postingId: string) =>
    client.request("GET", `/api/v1/job-postings/${postingId}/applications`);
  const lastAudit = (action: string) =>
    t.deps.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", action)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();

  it("applies in one click with the registry record, and once only", async () => {
    const postingId = await publishedPosting(t, { title: "电焊工" });
    const wang = await seeker("apply.wang");
    const first = await apply(wang, postingId, { note: "有五年电焊经验" });
    expect(first.statusCode).toBe(201);
    const application = first.json().application;
    expect(application).toMatchObject({
      posting: {
        id: postingId,
        title: "电焊工",
        employerName: "昌吉示范建设工程有限公司",
        regionName: "昌吉市",
      },
      status: "submitted",
      origin: "apply",
      note: "有五年电焊经验",
      history: [{ fromStatus: null, toStatus: "submitted", actorName: "apply.wang" }],
    });
    const again = await apply(wang, postingId);
    expect(again.statusCode).toBe(200);
    expect(again.json().application).toMatchObject({ id: application.id, note: "有五年电焊经验" });
    const own = (await wang.client.request("GET", "/api/v1/me/applications")).json();
    expect(own.items.map((a: { id: string }) => a.id)).toEqual([application.id]);
  });

  it("needs the seeker's registry record and an open posting", async () => {
    const postingId = await publishedPosting(t, { title: "保洁员" });
    const noRecord = await (await t.as("seeker.demo")).request(
      "POST",
      `/api/v1/job-postings/${postingId}/apply`,
    );
    expect(noRecord.statusCode).toBe(409);
    expect(noRecord.json().error.code).toBe("APPLICATIONS_NEEDS_PROFILE");
    expect(noRecord.json().error.message).toMatch(/labour-force registry/);

    const li = await seeker("apply.li");
    const draft = (
      await employer.request(
        "POST",
        "/api/v1/job-postings",
        postingFields({ regionCode: "652301", title: "草稿岗位" }),
      )
    ).json().posting.id;
    const unpublished = await apply(li, draft);
    expect([unpublished.statusCode, unpublished.json().error.code]).toEqual([404, "JOBS_NOT_FOUND"]);

    const early = await seeker("apply.early");
    const standing = (await apply(early, postingId)).json().application.id;
    await employer.request("POST", `/api/v1/job-postings/${postingId}/transition`, { action: "fill" });
    const filled = await apply(li, postingId);
    expect([filled.statusCode, filled.json().error.code]).toEqual([409, "APPLICATIONS_POSTING_CLOSED"]);
    // An application made in time still stands, and applying again answers it.
    const repeat = await apply(early, postingId);
    expect([repeat.statusCode, repeat.json().application.id]).toEqual([200, standing]);

    const dated = await publishedPosting(t, { title: "仓库管理员" });
    await t.deps.db
      .updateTable("job_postings")
      .set({ valid_until: "2026-05-31" })
      .where("id", "=", dated)
      .execute();
    const pastDate = await apply(li, dated);
    expect(pastDate.json().error).toMatchObject({
      code: "APPLICATIONS_POSTING_CLOSED",
      message: "This posting takes no applications: it is past its closing date",
    });
  });

  it("shows the posting's side the applicant with their phone, audits the read, and marks it viewed", async () => {
    const postingId = await publishedPosting(t, { title: "装载机司机" });
    const zhao = await seeker("apply.zhao");
    const id = (await apply(zhao, postingId)).json().application.id;

    const list = await received(employer, postingId);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id,
        postingTitle: "装载机司机",
        status: "viewed",
        applicant: {
          personId: zhao.personId,
          name: `求职者${seq}`,
          age: 36,
          education: "senior_secondary",
          skills: ["驾驶"],
          certificates: [{ kind: "skill_level", name: "焊工", level: 4 }],
          regionCode: "652325",
          regionName: "奇台县",
          phone: `13899990${seq}`,
        },
        history: [
          expect.objectContaining({ fromStatus: null, toStatus: "submitted" }),
          expect.objectContaining({
            fromStatus: "submitted",
            toStatus: "viewed",
            actorName: "employer.demo",
          }),
        ],
      }),
    ]);
    expect(list.body).not.toContain(idNumber(seq));
    expect(await lastAudit("applications.listForPosting")).toMatchObject({
      actor_name: "employer.demo",
      record_type: "person",
      details: { postingId, read: [zhao.personId], phones: [zhao.personId] },
    });
    // Viewed once: reading again adds no event.
    expect((await received(employer, postingId)).json().items[0].history).toHaveLength(2);
    const own = (await zhao.client.request("GET", "/api/v1/me/applications")).json().items[0];
    expect(own.status).toBe("viewed");

    const inbox = (await employer.request("GET", "/api/v1/employer/applications")).json();
    expect(inbox.items.map((a: { id: string }) => a.id)).toContain(id);
    expect(inbox.counts).toMatchObject({ viewed: expect.any(Number), hired: 0 });
    const none = (await employer.request("GET", "/api/v1/employer/applications?status=hired")).json();
    expect(none.items).toEqual([]);

    const prefecture = await t.as("staff.changji");
    expect((await received(prefecture, postingId)).statusCode).toBe(200);
    const county = await t.as("staff.qitai");
    expect((await received(county, postingId)).statusCode).toBe(403);
    const other = await registerEmployer(t, "hr.other", "MA7ABC01");
    const refused = await received(other, postingId);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, "ACCESS_OUTSIDE_JURISDICTION"]);
    expect((await decide(other, id, { status: "interview" })).statusCode).toBe(403);
    expect((await other.request("GET", "/api/v1/employer/applications")).json().items).toEqual([]);
  });

  it("moves applications only along the transition table, telling the seeker each time", async () => {
    const postingId = await publishedPosting(t, { title: "钢筋工" });
    const sun = await seeker("apply.sun");
    const id = (await apply(sun, postingId)).json().application.id;

    const tooSoon = await decide(employer, id, { status: "hired" });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().error).toMatchObject({
      code: "APPLICATIONS_BAD_TRANSITION",
      details: { from: "submitted", to: "hired", allowed: ["interview", "offer", "rejected"] },
    });
    const interview = await decide(employer, id, { status: "interview", note: "周三上午到项目部面试" });
    expect(interview.json().application).toMatchObject({
      status: "interview",
      applicant: { phone: expect.any(String) },
    });
    const rejected = await decide(employer, id, { status: "rejected" });
    expect(rejected.json().application.status).toBe("rejected");
    const final = await decide(employer, id, { status: "offer" });
    expect(final.json().error).toMatchObject({
      code: "APPLICATIONS_BAD_TRANSITION",
      details: { allowed: [] },
    });
    const notAfter = await sun.client.request("POST", `/api/v1/me/applications/${id}/withdraw`);
    expect(notAfter.json().error.code).toBe("APPLICATIONS_BAD_TRANSITION");

    const inbox = (await sun.client.request("GET", "/api/v1/me/inbox")).json();
    expect(inbox.unread).toBe(2);
    expect(inbox.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "application",
          title: "应聘进展：钢筋工",
          body: "昌吉示范建设工程有限公司邀请您参加面试。留言：周三上午到项目部面试",
          postingIds: [postingId],
        }),
        expect.objectContaining({ kind: "application", body: expect.stringContaining("没有录用") }),
      ]),
    );
  });

  it("records a hire as employment with its placement, and keeps the placement when the record goes", async () => {
    const fullTime = await publishedPosting(t, { title: "塔吊司机", employmentType: "full_time" });
    const seasonal = await publishedPosting(t, { title: "采棉工", employmentType: "seasonal" });
    const zhou = await seeker("apply.zhou");
    const wu = await seeker("apply.wu");
    const hire = async (who: Seeker, postingId: string) => {
      const id = (await apply(who, postingId)).json().application.id;
      await decide(employer, id, { status: "offer" });
      clock.advance(60_000);
      return { id, res: await decide(employer, id, { status: "hired", note: "7月1日到岗" }) };
    };
    const stable = await hire(zhou, fullTime);
    expect(stable.res.json().application.status).toBe("hired");
    await hire(wu, seasonal);

    const staff = await t.as("staff.qitai");
    const person = (await staff.request("GET", `/api/v1/people/${zhou.personId}`)).json().person;
    expect(person).toMatchObject({ status: "employed_stable", statusSince: "2026-06-01" });
    expect(person.statusHistory.at(-1)).toEqual({
      status: "employed_stable",
      since: "2026-06-01",
      recordedBy: "employer.demo",
    });
    const flexible = (await staff.request("GET", `/api/v1/people/${wu.personId}`)).json().person;
    expect(flexible.status).toBe("employed_flexible");
    const note = await t.deps.db
      .selectFrom("person_statuses")
      .select("note")
      .where("person_id", "=", zhou.personId ?? "")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(note.note).toBe("经平台岗位“塔吊司机”（昌吉示范建设工程有限公司）录用");

    const placement = await t.deps.db
      .selectFrom("placements")
      .selectAll()
      .where("application_id", "=", stable.id)
      .executeTakeFirstOrThrow();
    expect(placement).toMatchObject({
      person_id: zhou.personId,
      posting_id: fullTime,
      region_code: "652325",
      placed_on: "2026-06-01",
    });
    const news = (await zhou.client.request("GET", "/api/v1/me/inbox")).json().items[0];
    expect(news.body).toBe("昌吉示范建设工程有限公司确认录用您，您的就业状态已随之登记。留言：7月1日到岗");
    // The posting stays open: filling it is the employer's call.
    const posting = (await employer.request("GET", `/api/v1/job-postings/${fullTime}`)).json().posting;
    expect(posting.status).toBe("published");
    const withdraw = await zhou.client.request("POST", `/api/v1/me/applications/${stable.id}/withdraw`);
    expect(withdraw.json().error.code).toBe("APPLICATIONS_BAD_TRANSITION");

    expect((await zhou.client.request("DELETE", "/api/v1/me/person")).statusCode).toBe(200);
    const kept = await t.deps.db
      .selectFrom("placements")
      .selectAll()
      .where("id", "=", placement.id)
      .executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ person_id: null, application_id: null, region_code: "652325" });
    const gone = await t.deps.db
      .selectFrom("applications")
      .select("id")
      .where("id", "=", stable.id)
      .executeTakeFirst();
    expect(gone).toBeUndefined();
  });

  it("lets a seeker withdraw, hides their phone from then on, and take it up again", async () => {
    const postingId = await publishedPosting(t, { title: "叉车司机" });
    const qian = await seeker("apply.qian");
    const id = (await apply(qian, postingId)).json().application.id;
    const other = await seeker("apply.other");
    const notTheirs = await other.client.request("POST", `/api/v1/me/applications/${id}/withdraw`);
    expect([notTheirs.statusCode, notTheirs.json().error.code]).toEqual([404, "APPLICATIONS_NOT_FOUND"]);

    const withdrawn = await qian.client.request("POST", `/api/v1/me/applications/${id}/withdraw`);
    expect(withdrawn.json().application.status).toBe("withdrawn");
    const seen = (await received(employer, postingId)).json().items[0];
    expect(seen).toMatchObject({ status: "withdrawn", applicant: { phone: null } });
    expect((await lastAudit("applications.listForPosting")).details).toMatchObject({
      read: [qian.personId],
      phones: [],
    });
    expect((await decide(employer, id, { status: "interview" })).statusCode).toBe(409);

    const again = await apply(qian, postingId, { note: "还是想应聘" });
    expect(again.statusCode).toBe(200);
    expect(again.json().application).toMatchObject({ id, status: "submitted", note: "还是想应聘" });
    expect(again.json().application.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      "submitted",
      "withdrawn",
      "submitted",
    ]);
  });
});
