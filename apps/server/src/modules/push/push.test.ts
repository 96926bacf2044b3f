import type { PersonFields } from "@jiuye/contract/people";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { registerSeeker, type Seeker } from "../../testing/accounts.ts";
import { openTestApp, type TestApp } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { idNumber } from "../../testing/people.ts";
import { postingFields, publishedPosting } from "../../testing/postings.ts";
import { dailyPushTask } from "./push.tasks.ts";

interface Message {
  kind: string;
  title: string;
  body: string;
  postingIds: string[];
  unsubscribeLink: string | null;
  createdAt: string;
}
type Person = Seeker & { username: string };
interface Run {
  kind: string;
  runOn: string;
  regionCode: string | null;
  filter: Record<string, unknown> | null;
  peopleConsidered: number;
  messagesSent: number;
  messagesHeld: number;
  postingsPushed: number;
  skippedUnsubscribed: number;
  skippedCapped: number;
  skippedSentToday: number;
}

/** A person in 昌吉市 who wants the 钢筋工 postings there. */
const STEEL_FIXER: Partial<PersonFields> = {
  regionCode: "652301",
  desiredOccupations: ["6-29-01-05"],
  desiredRegionCodes: [],
  skills: [],
  certificates: [],
  desiredPayMin: 4000,
};

const tokenOf = (message: Message | undefined) =>
  new URL(message?.unsubscribeLink ?? "", "http://x").searchParams.get("token") ?? "";

describe.each(testEngines())("push on %s", (engine) => {
  let t: TestApp;
  // 09:00 China time; the daily push is due at 09:30.
  const clock = fixedClock("2026-06-10T01:00:00Z");
  const postings: string[] = [];
  let seq = 300;
  const s = {} as Record<
    "active" | "capped" | "off" | "employed" | "quiet" | "graduate" | "nextYear",
    Person
  >;

  async function seeker(name: string, fields: Partial<PersonFields> = {}, status = "unemployed") {
    const n = seq++;
    const username = `push.${name}`;
    const made = await registerSeeker(t, username, {
      fields: {
        ...STEEL_FIXER,
        idNumber: idNumber(n, "19900101", "652301"),
        phone: `1389999${n}0`,
        ...fields,
      },
      status,
    });
    return { ...made, username };
  }
  // Sessions last 12 hours and the clock moves by days: log in again for each look.
  const as = (who: Person) => t.as(who.username);
  const inbox = async (who: Person) =>
    (await (await as(who)).request("GET", "/api/v1/me/inbox?limit=50")).json().items as Message[];
  const settings = async (who: Person, body: Record<string, unknown>) =>
    (await as(who)).request("PUT", "/api/v1/me/push-settings", {
      enabled: true,
      dailyCap: 5,
      quietStart: "22:00",
      quietEnd: "08:00",
      ...body,
    });
  const runs = async () =>
    (await (await t.as("staff.qitai")).request("GET", "/api/v1/push/runs")).json().items as Run[];
  const runDaily = async () => {
    await t.deps.tasks.enqueue(dailyPushTask(t.deps.config.secret), {});
    await t.deps.tasks.runDue();
  };

  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
    for (const label of ["甲", "乙", "丙", "丁", "戊", "己", "庚"])
      postings.push(await publishedPosting(t, { title: `钢筋工${label}组`, occupationCode: "6-29-01-05" }));
    s.active = await seeker("active");
    s.capped = await seeker("capped");
    expect((await settings(s.capped, { dailyCap: 2 })).statusCode).toBe(200);
    s.off = await seeker("off");
    expect((await settings(s.off, { enabled: false })).statusCode).toBe(200);
    s.employed = await seeker("employed", {}, "employed_stable");
    s.quiet = await seeker("quiet");
    expect((await settings(s.quiet, { quietStart: "09:00", quietEnd: "12:00" })).statusCode).toBe(200);
    s.graduate = await seeker("graduate", { graduateYear: 2026, graduateSchool: "新疆大学" }, "studying");
    s.nextYear = await seeker("next-year", { graduateYear: 2027, graduateSchool: "新疆大学" }, "studying");
  });
  afterAll(async () => t?.close());

  it("shows the defaults, saves valid settings and refuses others", async () => {
    // Employed: settings are anyone's, but the daily push below is not for them.
    const own = await seeker("settings", {}, "employed_stable");
    const read = await own.client.request("GET", "/api/v1/me/push-settings");
    expect(read.json().settings).toEqual({
      enabled: true,
      dailyCap: 5,
      quietStart: "22:00",
      quietEnd: "08:00",
    });
    for (const [body, path] of [
      [{ dailyCap: 0 }, "$.dailyCap"],
      [{ dailyCap: 21 }, "$.dailyCap"],
      [{ quietStart: "24:00" }, "$.quietStart"],
      [{ quietEnd: "8:00" }, "$.quietEnd"],
    ] as const) {
      const res = await settings(own, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const saved = await settings(own, { dailyCap: 3, quietStart: "21:30", quietEnd: "07:15" });
    expect(saved.json().settings).toEqual({
      enabled: true,
      dailyCap: 3,
      quietStart: "21:30",
      quietEnd: "07:15",
    });
    expect((await own.client.request("GET", "/api/v1/me/push-settings")).json().settings.dailyCap).toBe(3);
    const unregistered = await t.as("seeker.demo");
    const none = await unregistered.request("GET", "/api/v1/me/push-settings");
    expect(none.json().error.code).toBe("PEOPLE_NOT_FOUND");
  });

  it("delivers new matches at 09:30 to active seekers who want them, within their cap", async () => {
    clock.set("2026-06-10T01:30:00Z");
    await t.deps.tasks.runDue();

    const [message, ...more] = await inbox(s.active);
    expect(more).toEqual([]);
    expect(message).toMatchObject({ kind: "match", title: "为您推荐5个新岗位" });
    expect(message?.postingIds).toHaveLength(5);
    expect(postings).toEqual(expect.arrayContaining(message?.postingIds ?? []));
    expect(message?.body).toMatch(/1\. 钢筋工.组（昌吉示范建设工程有限公司，昌吉市） \d+分：职业对口/);
    expect(message?.unsubscribeLink).toMatch(/^\/push\/unsubscribe\?token=/);

    expect((await inbox(s.capped))[0]?.postingIds).toHaveLength(2);
    expect((await inbox(s.graduate))[0]?.postingIds).toHaveLength(5);
    for (const who of [s.off, s.employed, s.nextYear, s.quiet]) expect(await inbox(who)).toEqual([]);

    const [run] = await runs();
    expect(run).toMatchObject({
      kind: "daily",
      runOn: "2026-06-10",
      peopleConsidered: 4,
      messagesSent: 3,
      messagesHeld: 1,
      postingsPushed: 5 + 2 + 5 + 5,
      skippedUnsubscribed: 1,
      skippedCapped: 0,
      skippedSentToday: 0,
    });
  });

  it("sends nothing twice when the push runs again the same day", async () => {
    clock.set("2026-06-10T01:45:00Z");
    await runDaily();
    expect(await inbox(s.active)).toHaveLength(1);
    expect(await inbox(s.capped)).toHaveLength(1);
    const [run] = await runs();
    expect(run).toMatchObject({ messagesSent: 0, messagesHeld: 0, postingsPushed: 0, skippedSentToday: 4 });
  });

  it("holds a message through the person's quiet hours and delivers it when they end", async () => {
    clock.set("2026-06-10T03:59:00Z");
    await t.deps.tasks.runDue();
    expect(await inbox(s.quiet)).toEqual([]);
    clock.set("2026-06-10T04:00:00Z");
    await t.deps.tasks.runDue();
    const [message] = await inbox(s.quiet);
    expect(message).toMatchObject({ kind: "match", createdAt: "2026-06-10T04:00:00.000Z" });
    expect(message?.postingIds).toHaveLength(5);
  });

  it("pushes the next day only postings not pushed to the person before", async () => {
    const first = (await inbox(s.active))[0]?.postingIds ?? [];
    const firstCapped = (await inbox(s.capped))[0]?.postingIds ?? [];
    clock.set("2026-06-11T01:30:00Z");
    await t.deps.tasks.runDue();
    const [next] = await inbox(s.active);
    expect(next?.postingIds).toHaveLength(2);
    expect([...first, ...(next?.postingIds ?? [])].sort()).toEqual([...postings].sort());
    const [cappedNext] = await inbox(s.capped);
    expect(cappedNext?.postingIds).toHaveLength(2);
    expect(cappedNext?.postingIds.some((id) => firstCapped.includes(id))).toBe(false);
  });

  it("turns pushes off by a message's link without logging in, and refuses altered links", async () => {
    const token = tokenOf((await inbox(s.active))[0]);
    const anonymous = t.client();
    const [, signature] = token.split(".");
    const forCapped = `${s.capped.personId}.${signature}`;
    for (const bad of [`${token.slice(0, -2)}xx`, forCapped, "abc"]) {
      const res = await anonymous.request("POST", "/api/v1/push/unsubscribe", { token: bad });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("PUSH_TOKEN_INVALID");
    }
    const done = await anonymous.request("POST", "/api/v1/push/unsubscribe", { token });
    expect(done.statusCode).toBe(200);
    const read = async (who: Person) =>
      (await (await as(who)).request("GET", "/api/v1/me/push-settings")).json().settings.enabled;
    expect(await read(s.active)).toBe(false);
    expect(await read(s.capped)).toBe(true);

    // A new posting the next day reaches the capped seeker, not the one who unsubscribed.
    postings.push(await publishedPosting(t, { title: "钢筋工辛组", occupationCode: "6-29-01-05" }));
    clock.set("2026-06-12T01:30:00Z");
    await t.deps.tasks.runDue();
    expect(await inbox(s.active)).toHaveLength(2);
    expect(await inbox(s.capped)).toHaveLength(3);
    expect((await runs())[0]).toMatchObject({ runOn: "2026-06-12", skippedUnsubscribed: 2 });
  });

  it("pushes hand-picked postings to this year's graduates in 奇台县, and only to them", async () => {
    const qitai = { regionCode: "652325", graduateYear: 2026, graduateSchool: "昌吉学院" };
    const graduate = await seeker("qitai.graduate", qitai);
    const elsewhere = await seeker("changji.graduate", { ...qitai, regionCode: "652301" });
    const unsubscribed = await seeker("qitai.unsubscribed", qitai);
    await settings(unsubscribed, { enabled: false });
    await settings(graduate, { dailyCap: 1 });
    const body = {
      postingIds: postings.slice(0, 2),
      filter: { regionCode: "652325", graduateYear: 2026 },
      dryRun: true,
    };

    const staff = await t.as("staff.qitai");
    const dry = await staff.request("POST", "/api/v1/push/group", body);
    expect(dry.json()).toEqual({ dryRun: true, reached: 1, held: 0, unsubscribed: 1 });
    expect(await inbox(graduate)).toEqual([]);

    const sent = await staff.request("POST", "/api/v1/push/group", { ...body, dryRun: false });
    expect(sent.json()).toEqual({ dryRun: false, reached: 1, held: 0, unsubscribed: 1 });
    const [message] = await inbox(graduate);
    // The daily cap of 1 does not hold back what the office chose.
    expect(message).toMatchObject({ kind: "group_push", postingIds: postings.slice(0, 2) });
    expect(message?.body).toContain("奇台县人社局就业股为您推荐以下岗位");
    expect(await inbox(elsewhere)).toEqual([]);
    expect(await inbox(unsubscribed)).toEqual([]);

    clock.advance(60_000);
    const again = await staff.request("POST", "/api/v1/push/group", { ...body, dryRun: false });
    expect(again.json().reached).toBe(0);

    const audit = await t.deps.db
      .selectFrom("audit_log")
      .select(["details", "record_type"])
      .where("action", "=", "push.sendGroup")
      .orderBy("id")
      .execute();
    expect(audit).toHaveLength(3);
    const details = JSON.stringify(audit.map((a) => a.details));
    expect(details).toContain('"graduateYear":2026');
    expect(details).toContain('"reached":1');
    for (const id of [graduate.personId, graduate.userId]) expect(details).not.toContain(id);

    const [repeat, first] = (await runs()).filter((r) => r.kind === "group");
    expect(first).toMatchObject({
      regionCode: "652325",
      filter: body.filter,
      messagesSent: 1,
      postingsPushed: 2,
    });
    expect(repeat).toMatchObject({ messagesSent: 0, postingsPushed: 0, skippedUnsubscribed: 1 });
  });

  it("refuses postings that are not published", async () => {
    const draft = await (await t.as("employer.demo")).request(
      "POST",
      "/api/v1/job-postings",
      postingFields({ regionCode: "652301" }),
    );
    const res = await (await t.as("staff.qitai")).request("POST", "/api/v1/push/group", {
      postingIds: [draft.json().posting.id],
      filter: { regionCode: "652325" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("PUSH_POSTING_NOT_OPEN");
  });
});
