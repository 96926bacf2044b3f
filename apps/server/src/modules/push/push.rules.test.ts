import { describe, expect, it } from "vitest";
import { quietUntil, settingsOf } from "./push.rules.ts";
import { unsubscribeToken, verifyUnsubscribeToken } from "./push.token.ts";

describe("quiet hours", () => {
  const night = { quietStart: "22:00", quietEnd: "08:00" };
  const morning = { quietStart: "09:00", quietEnd: "12:00" };
  it.each([
    ["22:30 China time, in the night's hours", night, "2026-06-10T14:30:00Z", "2026-06-11T00:00:00.000Z"],
    ["22:00 exactly: the start is quiet", night, "2026-06-10T14:00:00Z", "2026-06-11T00:00:00.000Z"],
    ["07:00 the next morning", night, "2026-06-09T23:00:00Z", "2026-06-10T00:00:00.000Z"],
    ["08:00 exactly: the end is not", night, "2026-06-10T00:00:00Z", null],
    ["09:30, after the night", night, "2026-06-10T01:30:00Z", null],
    ["09:30 in hours that do not wrap", morning, "2026-06-10T01:30:00Z", "2026-06-10T04:00:00.000Z"],
    ["12:00 as they end", morning, "2026-06-10T04:00:00Z", null],
    [
      "equal start and end: never quiet",
      { quietStart: "08:00", quietEnd: "08:00" },
      "2026-06-10T00:00:00Z",
      null,
    ],
  ])("%s", (_, hours, now, until) => {
    expect(quietUntil(hours, new Date(now))?.toISOString() ?? null).toBe(until);
  });

  it("fills what a person never changed with the defaults", () => {
    expect(settingsOf({ enabled: null, daily_cap: null, quiet_start: null, quiet_end: null })).toEqual({
      enabled: true,
      dailyCap: 5,
      quietStart: "22:00",
      quietEnd: "08:00",
    });
  });
});

describe("unsubscribe tokens", () => {
  const secret = "s".repeat(40);
  const person = "8c4f1f9e-3b2a-4d6e-9f00-1a2b3c4d5e6f";
  const other = "0d9e8f7a-6b5c-4d3e-8f21-0a1b2c3d4e5f";
  const token = unsubscribeToken(secret, person);

  it("names the person it was made for", () => {
    expect(verifyUnsubscribeToken(secret, token)).toBe(person);
  });

  it("refuses a token altered, cut short, moved to another person or made with another secret", () => {
    const signature = token.slice(person.length + 1);
    const last = signature.at(-1) === "A" ? "B" : "A";
    for (const bad of [
      `${token.slice(0, -1)}${last}`,
      token.slice(0, -3),
      `${other}.${signature}`,
      unsubscribeToken("x".repeat(40), person),
      `${token}.extra`,
      "not-a-token",
    ])
      expect([bad, verifyUnsubscribeToken(secret, bad)]).toEqual([bad, null]);
  });
});
