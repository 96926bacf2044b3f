import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openTestDatabase, testEngines } from "../testing/database.ts";

describe.each(testEngines())("database on %s", (engine) => {
  it("migrates, keeps the audit log append-only and returns int8 and dates as strings", async () => {
    const handle = await openTestDatabase(engine);
    try {
      const { db } = handle;
      expect(handle.kind).toBe(engine);
      await db
        .insertInto("audit_log")
        .values({ at: new Date(), action: "test.write", outcome: "ok", details: null })
        .execute();
      const row = await db.selectFrom("audit_log").select(["id", "at"]).executeTakeFirstOrThrow();
      expect(typeof row.id).toBe("string");
      expect(row.at).toBeInstanceOf(Date);
      await expect(db.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
      await expect(db.updateTable("audit_log").set({ action: "x" }).execute()).rejects.toThrow(/append-only/);
      const day = await sql<{ d: string }>`select date '2026-03-01' as d`.execute(db);
      expect(day.rows[0]?.d).toBe("2026-03-01");
    } finally {
      await handle.close();
    }
  });

  it("rolls a failed transaction back", async () => {
    const handle = await openTestDatabase(engine);
    try {
      const { db } = handle;
      await expect(
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto("regions")
            .values({
              code: "650000",
              name: "新疆维吾尔自治区",
              level: 1,
              parent_code: null,
              kind: "gb2260",
              path: "650000",
              updated_at: new Date(),
            })
            .execute();
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      const n = await db
        .selectFrom("regions")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(0);
    } finally {
      await handle.close();
    }
  });
});
