import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineTask } from "./queue.ts";
import { createTaskRegistry, nextRunAfter, scheduleDedupeKey } from "./shared.ts";

describe("task helpers", () => {
  it("reads cron expressions in UTC, strictly after the given time", () => {
    expect(nextRunAfter("0 8 * * *", new Date("2026-03-02T10:00:00Z"))).toEqual(
      new Date("2026-03-03T08:00:00Z"),
    );
    expect(nextRunAfter("0 8 * * *", new Date("2026-03-02T08:00:00Z"))).toEqual(
      new Date("2026-03-03T08:00:00Z"),
    );
    expect(nextRunAfter("17 * * * *", new Date("2026-03-02T10:16:59.900Z"))).toEqual(
      new Date("2026-03-02T10:17:00Z"),
    );
  });

  it("refuses cron expressions that are not five fields or never run", () => {
    const from = new Date("2026-03-02T10:00:00Z");
    expect(() => nextRunAfter("0 0 8 * * *", from)).toThrow(/invalid cron expression "0 0 8 \* \* \*"/);
    expect(() => nextRunAfter("0 0 31 2 *", from)).toThrow(/never runs after 2026-03-02T10:00:00.000Z/);
  });

  it("names a schedule's task after the due time it fires for", () => {
    expect(scheduleDedupeKey("auth.purge", new Date("2026-03-02T11:17:00Z"))).toBe(
      "schedule:auth.purge:2026-03-02T11:17:00.000Z",
    );
  });

  it("refuses two different definitions under one name", () => {
    const registry = createTaskRegistry();
    const make = () => defineTask({ name: "test.same", payload: z.object({}), perform: async () => {} });
    const def = make();
    registry.register(def);
    registry.register(def);
    expect(() => registry.register(make())).toThrow(/two different task definitions are named "test\.same"/);
    expect(registry.get("test.same")).toBe(def);
  });
});
