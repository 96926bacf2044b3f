import { type Kysely, sql } from "kysely";

/**
 * Matching: a person's years of work experience (matched against what postings ask), and an index
 * over the people employers may be shown as candidates: those who chose to be recommended and are
 * looking for work, by where they live.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table people add column experience_years smallint check (experience_years between 0 and 60);

    create index people_recommendable_idx on people (region_code)
      where recommendable and status in ('unemployed', 'employed_flexible');
  `.execute(db);
}
