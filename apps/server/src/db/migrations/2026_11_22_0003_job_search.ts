import { lshKeys, signatureFromHex } from "@jiuye/jobtext/near-duplicate";
import { type Kysely, sql } from "kysely";

/** Postings re-filed per statement while the LSH table is rebuilt. */
const REBUILD_BATCH = 2000;

/**
 * Feed sources can be revoked. Search and intake at a million postings: filter tokens in the search vector, the
 * search index over published postings only (the public searches nothing else), an index for sorting by pay, and the
 * LSH table keyed
 * by one 64-bit integer per band (was band + 16-hex text, a foreign key and a second index),
 * rebuilt from the stored MinHash signatures so no posting loses its candidates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table feed_sources add column revoked_at timestamptz;

    -- most postings in a year of history are expired or withdrawn: leave them out of the index
    drop index job_postings_search_idx;
    create index job_postings_search_idx on job_postings using gin (search_vector) where status = 'published';

    create index job_postings_pay_idx on job_postings (monthly_pay desc, id) where status = 'published';

    -- filter tokens beside the words (see FILTER_TOKEN): a region and those above it, the type,
    -- an occupation and its groups, an industry and its section
    update job_postings p set search_vector = p.search_vector || array_to_tsvector(
      array(select '@r:' || c from unnest(string_to_array(r.path, '.')) c)
      || array['@t:' || p.employment_type]
      || array(select '@o:' || o.code from occupations o
               where p.occupation_code = o.code or p.occupation_code like o.code || '-%')
      || array(select '@i:' || i.code from industries i
               where i.code = p.industry_code
                  or i.code = (select parent_code from industries where code = p.industry_code))
    )
    from regions r where r.code = p.region_code;

    drop table job_posting_lsh;
    -- derived from job_postings.minhash; no foreign key (a check per row at 32 rows a posting),
    -- and rows are replaced by (key, posting_id), recomputed from the signature they came from
    create table job_posting_lsh (
      key bigint not null,
      posting_id uuid not null,
      primary key (key, posting_id)
    );
  `.execute(db);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = await sql<{ id: string; minhash: string }>`
      select id, minhash from job_postings where minhash is not null and id > ${after}::uuid
      order by id limit ${REBUILD_BATCH}`.execute(db);
    if (rows.length === 0) break;
    const keys = rows.map((r) => lshKeys(signatureFromHex(r.minhash)));
    await sql`insert into job_posting_lsh (key, posting_id)
      select * from unnest(${keys.flat()}::int8[], ${rows.flatMap((r, i) => (keys[i] ?? []).map(() => r.id))}::uuid[])`.execute(
      db,
    );
    after = rows.at(-1)?.id ?? after;
  }
}
