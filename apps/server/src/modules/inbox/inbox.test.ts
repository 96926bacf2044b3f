import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../lib/clock.ts";
import { registerSeeker } from "../../testing/accounts.ts";
import { openTestApp, type TestApp } from "../../testing/app.ts";
import { testEngines } from "../../testing/database.ts";
import { deliverMessage, inAppChannel, type OutgoingMessage } from "./inbox.service.ts";

describe.each(testEngines())("inbox on %s", (engine) => {
  let t: TestApp;
  const clock = fixedClock("2026-06-01T02:00:00Z");
  beforeAll(async () => {
    t = await openTestApp(engine, { clock });
  });
  afterAll(async () => t?.close());

  const message = (userId: string, n: number, extra: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
    userId,
    kind: "match",
    title: `消息${n}`,
    body: `第${n}条`,
    createdAt: new Date(Date.parse("2026-06-01T02:00:00Z") + n * 60_000),
    ...extra,
  });

  it("lists one's messages newest first with the unread count, page by page, and marks them read", async () => {
    const lin = await registerSeeker(t, "inbox.lin");
    const postingId = crypto.randomUUID();
    for (const n of [1, 2, 3])
      await deliverMessage(t.deps.db, [inAppChannel], message(lin.userId, n, { postingIds: [postingId] }));
    // The same key reaches a person once.
    for (const n of [4, 5])
      await deliverMessage(t.deps.db, [inAppChannel], message(lin.userId, n, { dedupeKey: "match:2026-06" }));

    const first = (await lin.client.request("GET", "/api/v1/me/inbox?limit=2")).json();
    expect(first.unread).toBe(4);
    expect(first.items.map((m: { title: string }) => m.title)).toEqual(["消息4", "消息3"]);
    expect(first.items[1]).toEqual({
      id: expect.any(String),
      kind: "match",
      title: "消息3",
      body: "第3条",
      postingIds: [postingId],
      link: null,
      unsubscribeLink: null,
      createdAt: "2026-06-01T02:03:00.000Z",
      readAt: null,
    });
    const rest = (
      await lin.client.request("GET", `/api/v1/me/inbox?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(rest.items.map((m: { title: string }) => m.title)).toEqual(["消息2", "消息1"]);
    expect(rest.nextCursor).toBeNull();

    const id = first.items[1].id;
    const read = await lin.client.request("POST", `/api/v1/me/inbox/${id}/read`);
    expect(read.json().message.readAt).toBe("2026-06-01T02:00:00.000Z");
    clock.advance(60_000);
    const again = await lin.client.request("POST", `/api/v1/me/inbox/${id}/read`);
    expect(again.json().message.readAt).toBe("2026-06-01T02:00:00.000Z");
    const unread = (await lin.client.request("GET", "/api/v1/me/inbox?unreadOnly=true")).json();
    expect(unread.unread).toBe(3);
    expect(unread.items.map((m: { title: string }) => m.title)).toEqual(["消息4", "消息2", "消息1"]);
  });

  it("shows nobody another's messages", async () => {
    const owner = await registerSeeker(t, "inbox.owner");
    const nosy = await registerSeeker(t, "inbox.nosy");
    await deliverMessage(t.deps.db, [inAppChannel], message(owner.userId, 1));
    const id = (await owner.client.request("GET", "/api/v1/me/inbox")).json().items[0].id;

    expect((await nosy.client.request("GET", "/api/v1/me/inbox")).json()).toEqual({
      items: [],
      unread: 0,
      nextCursor: null,
    });
    const refused = await nosy.client.request("POST", `/api/v1/me/inbox/${id}/read`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([404, "INBOX_NOT_FOUND"]);
    expect((await owner.client.request("GET", "/api/v1/me/inbox")).json().unread).toBe(1);
    // Every account has an inbox, staff too.
    const staff = await t.as("staff.qitai");
    expect((await staff.request("GET", "/api/v1/me/inbox")).json().items).toEqual([]);
  });
});
