import { lshKeys, minhashSignature, signatureToHex } from "@jiuye/jobtext/near-duplicate";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openTestDatabase, testEngines } from "../../testing/database.ts";
import { migrateToLatest } from "../migrate.ts";

describe.each(testEngines())("migrations on %s", (engine) => {
  it("0003 re-files postings of 0002 under int8 LSH keys and adds their filter tokens", async () => {
    const handle = await openTestDatabase(engine, { migrateUpTo: "2026_11_22_0002_jobs" });
    try {
      const { db } = handle;
      await sql`
        insert into regions (code, name, level, parent_code, kind, path) values
          ('650000', '新疆维吾尔自治区', 1, null, 'gb2260', '650000'),
          ('652300', '昌吉回族自治州', 2, '650000', 'gb2260', '650000.652300'),
          ('652325', '奇台县', 3, '652300', 'gb2260', '650000.652300.652325');
        insert into occupations (code, name, level, parent_code) values
          ('6', '生产制造及有关人员', 1, null), ('6-29', '建筑施工人员', 2, '6'),
          ('6-29-01', '房屋建筑施工人员', 3, '6-29'), ('6-29-01-05', '钢筋工', 4, '6-29-01');
        insert into industries (code, name, level, parent_code) values
          ('E', '建筑业', 1, null), ('E47', '房屋建筑业', 2, 'E');
        insert into organisations (kind, name, credit_code, region_code)
          values ('employer', '奇台建工', '91652325MA00000000', '652325');`.execute(db);
      const text = "钢筋工\n奇台县住宅项目招聘钢筋工，包吃住，月结。";
      const signature = minhashSignature(text);
      const { rows } = await sql<{ id: string }>`
        insert into job_postings (title, description, employer_id, occupation_code, industry_code,
          region_code, salary_min, salary_max, salary_unit, employment_type, how_to_apply, status,
          merge_key, minhash, search_vector, monthly_pay, first_seen, last_seen)
        select '钢筋工', '奇台县住宅项目招聘钢筋工，包吃住，月结。', id, '6-29-01-05', 'E47',
          '652325', 6000, 8000, 'month', 'full_time', '电话', 'published',
          'k', ${signatureToHex(signature)}, to_tsvector('simple', '钢筋 钢筋工'), 8000, now(), now()
        from organisations returning id`.execute(db);
      const postingId = rows[0]?.id;

      await migrateToLatest(db, handle.schema);

      const filed = await sql<{ key: string }>`
        select key::text as key from job_posting_lsh where posting_id = ${postingId} order by key`.execute(
        db,
      );
      expect(filed.rows.map((r) => r.key).sort()).toEqual([...lshKeys(signature)].sort());
      const matches = async (query: string) =>
        (
          await sql<{
            n: string;
          }>`select count(*) as n from job_postings where search_vector @@ ${query}::tsquery`.execute(db)
        ).rows[0]?.n;
      for (const token of [
        "@r:650000",
        "@r:652300",
        "@r:652325",
        "@t:full_time",
        "@o:6",
        "@o:6-29-01-05",
        "@i:E",
        "@i:E47",
      ])
        expect([token, await matches(`'${token}'`)]).toEqual([token, "1"]);
      for (const token of ["@r:652301", "@t:gig", "@o:2", "@i:C"])
        expect([token, await matches(`'${token}'`)]).toEqual([token, "0"]);
      // the words are still there
      expect(await matches("'钢筋工'")).toBe("1");
    } finally {
      await handle.close();
    }
  });
});
