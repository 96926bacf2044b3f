import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { registerEmployer, registerSeeker } from "../../testing/accounts.ts";
import { openTestApp, type TestApp, type TestClient } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber, staffRegistration } from "../../testing/people.ts";
import { publishedPosting } from "../../testing/postings.ts";

describe.each(testEngines())("invitations on %s", (engine) => {
  let t: TestApp;
  let employer: TestClient;
  let postingId: string;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    employer = await t.as("employer.demo");
    postingId = await publishedPosting(t, { title: "砌筑工" });
  });
  afterAll(async () => t?.close());

  const invite = (client: TestClient, personId: string | null, posting = postingId) =>
    client.request("POST", `/api/v1/job-postings/${posting}/invitations`, { personId });
  const applicants = async () =>
    (await employer.request("GET", `/api/v1/job-postings/${postingId}/applications`)).json().items as {
      applicant: { personId: string; phone: string | null };
      origin: string;
    }[];

  it("invites only people who chose to be recommended, look for work and have an account", async () => {
    const hidden = await registerSeeker(t, "inv.hidden", { fields: { idNumber: idNumber(201) } });
    const employed = await registerSeeker(t, "inv.employed", {
      fields: { idNumber: idNumber(202) },
      status: "employed_stable",
      recommendable: true,
    });
    const staff = await t.as("staff.qitai");
    const noAccount = (
      await staff.request("POST", "/api/v1/people", staffRegistration({ idNumber: idNumber(203) }))
    ).json().person.id;
    // Only the person chooses to be recommended; as if they had, but without an account.
    await t.deps.db.updateTable("people").set({ recommendable: true }).where("id", "=", noAccount).execute();
    for (const personId of [hidden.personId, employed.personId, noAccount, crypto.randomUUID()]) {
      const res = await invite(employer, personId);
      expect([res.statusCode, res.json().error]).toEqual([
        422,
        expect.objectContaining({
          code: "APPLICATIONS_NOT_INVITABLE",
          details: [{ path: "$.personId", message: "not open to invitations" }],
        }),
      ]);
    }
    const count = await t.deps.db
      .selectFrom("inbox_messages")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("sends an invitation to the inbox, keeps the phone from the employer until accepted", async () => {
    const ma = await registerSeeker(t, "inv.ma", {
      fields: { idNumber: idNumber(210), phone: "13899990210" },
      recommendable: true,
    });
    const personId = ma.personId ?? "";
    const sent = await invite(employer, personId);
    expect(sent.statusCode).toBe(201);
    const invitation = sent.json().invitation;
    expect(invitation).toEqual({
      id: expect.any(String),
      postingId,
      personId,
      createdAt: "2026-06-01T02:00:00.000Z",
      answeredAt: null,
      answer: null,
    });
    expect(sent.body).not.toContain("13899990210");
    const again = await invite(employer, personId);
    expect(again.statusCode).toBe(200);
    expect(again.json().invitation.id).toBe(invitation.id);

    const inbox = (await ma.client.request("GET", "/api/v1/me/inbox")).json();
    expect(inbox).toMatchObject({ unread: 1 });
    expect(inbox.items).toEqual([
      expect.objectContaining({
        kind: "invitation",
        title: "岗位邀请：砌筑工",
        body: expect.stringContaining("对方将看到您的手机号码"),
        postingIds: [postingId],
        link: `/jobs/${postingId}`,
      }),
    ]);
    expect(await applicants()).toEqual([]);

    const own = (await ma.client.request("GET", "/api/v1/me/invitations")).json();
    expect(own.items).toEqual([
      expect.objectContaining({
        id: invitation.id,
        posting: expect.objectContaining({ id: postingId, title: "砌筑工" }),
        answer: null,
      }),
    ]);
    const stranger = await registerSeeker(t, "inv.stranger", { fields: { idNumber: idNumber(211) } });
    const notTheirs = await stranger.client.request("POST", `/api/v1/me/invitations/${invitation.id}/accept`);
    expect(notTheirs.statusCode).toBe(404);
    expect((await stranger.client.request("GET", "/api/v1/me/invitations")).json().items).toEqual([]);

    const accepted = await ma.client.request("POST", `/api/v1/me/invitations/${invitation.id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      invitation: { answer: "accepted", answeredAt: "2026-06-01T02:00:00.000Z" },
      application: { origin: "invitation", status: "submitted", posting: { id: postingId } },
    });
    expect(await applicants()).toEqual([
      expect.objectContaining({
        origin: "invitation",
        applicant: expect.objectContaining({ phone: "13899990210" }),
      }),
    ]);
    const twice = await ma.client.request("POST", `/api/v1/me/invitations/${invitation.id}/decline`);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, "APPLICATIONS_INVITATION_ANSWERED"]);
  });

  it("lets a person decline, and answers an invitation when the person applies anyway", async () => {
    const other = await publishedPosting(t, { title: "抹灰工" });
    const he = await registerSeeker(t, "inv.he", {
      fields: { idNumber: idNumber(220) },
      recommendable: true,
    });
    const personId = he.personId ?? "";
    const first = (await invite(employer, personId)).json().invitation;
    const declined = await he.client.request("POST", `/api/v1/me/invitations/${first.id}/decline`);
    expect(declined.json().invitation).toMatchObject({ answer: "declined" });
    expect((await applicants()).map((a) => a.applicant.personId)).not.toContain(personId);

    const second = (await invite(employer, personId, other)).json().invitation;
    await he.client.request("POST", `/api/v1/job-postings/${other}/apply`);
    const own = (await he.client.request("GET", "/api/v1/me/invitations")).json().items;
    expect(own.find((i: { id: string }) => i.id === second.id)).toMatchObject({ answer: "accepted" });
  });

  it("refuses invitations to another employer's posting, and from staff outside its region", async () => {
    const xu = await registerSeeker(t, "inv.xu", {
      fields: { idNumber: idNumber(230) },
      recommendable: true,
    });
    const outsider = await registerEmployer(t, "hr.inv", "MA7DEF02");
    expect((await invite(outsider, xu.personId)).statusCode).toBe(403);
    expect((await invite(await t.as("staff.qitai"), xu.personId)).statusCode).toBe(403);
    expect((await invite(await t.as("staff.changji"), xu.personId)).statusCode).toBe(201);
  });
});
