import {
  jaccardEstimate,
  lshBuckets,
  minhashSignature,
  signatureFromHex,
  signatureToHex,
} from "@jiuye/jobtext/near-duplicate";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/types.ts";

/** Estimated Jaccard similarity of title and description at which two postings are one cluster. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;
/** Members of one LSH bucket looked at per posting and band. */
const PER_BUCKET = 3;
/** Candidates per posting whose signatures are compared, those sharing the most buckets first. */
const VERIFIED_PER_POSTING = 5;

export interface Signed {
  signature: Uint32Array;
  hex: string;
  buckets: string[];
}

/** The MinHash signature of a posting's title and description, and its LSH buckets. */
export function signPosting(title: string, description: string): Signed {
  const signature = minhashSignature(`${title}\n${description}`);
  return { signature, hex: signatureToHex(signature), buckets: lshBuckets(signature) };
}

/**
 * Files signed postings in the LSH buckets and joins each to the cluster of any candidate that
 * is similar enough: a cluster is shown once, with "also published by" the others.
 */
export async function clusterNearDuplicates(db: Kysely<Database>, touched: ({ id: string } & Signed)[]) {
  if (touched.length === 0) return;
  const ids = touched.map((t) => t.id);
  const signed = touched;
  await db.deleteFrom("job_posting_lsh").where("posting_id", "in", ids).execute();
  // Three arrays instead of one parameter per value: one short statement however many rows.
  const bands = signed.flatMap((s) => s.buckets.map((_, band) => band));
  const buckets = signed.flatMap((s) => s.buckets);
  const postings = signed.flatMap((s) => s.buckets.map(() => s.id));
  await sql`insert into job_posting_lsh (band, bucket, posting_id)
    select * from unnest(${bands}::smallint[], ${buckets}::text[], ${postings}::uuid[])`.execute(db);

  // A few members of each shared bucket are enough to find a cluster, however large the
  // bucket (boilerplate ads share many); the pairs that share the most buckets are verified.
  const candidates = await db
    .selectFrom("job_posting_lsh as l")
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom("job_posting_lsh as c")
          .select("c.posting_id")
          .whereRef("c.band", "=", "l.band")
          .whereRef("c.bucket", "=", "l.bucket")
          .whereRef("c.posting_id", "!=", "l.posting_id")
          .limit(PER_BUCKET)
          .as("c"),
      (join) => join.onTrue(),
    )
    .innerJoin("job_postings as p", "p.id", "c.posting_id")
    .select([
      "l.posting_id as id",
      "c.posting_id as other",
      "p.minhash",
      "p.cluster_id",
      (eb) => eb.fn.countAll<string>().as("shared"),
    ])
    .where("l.posting_id", "in", ids)
    .groupBy(["l.posting_id", "c.posting_id", "p.minhash", "p.cluster_id"])
    .execute();
  candidates.sort((a, b) => Number(b.shared) - Number(a.shared));
  const tried = new Map<string, number>();
  const bySelf = new Map(signed.map((s) => [s.id, s.signature]));
  const cluster = new Map<string, string>();
  for (const c of candidates) {
    const attempts = tried.get(c.id) ?? 0;
    if (attempts >= VERIFIED_PER_POSTING) continue;
    tried.set(c.id, attempts + 1);
    const mine = bySelf.get(c.id);
    if (!mine || !c.minhash || jaccardEstimate(mine, signatureFromHex(c.minhash)) < NEAR_DUPLICATE_THRESHOLD)
      continue;
    const root = cluster.get(c.id) ?? c.cluster_id ?? cluster.get(c.other) ?? c.other;
    cluster.set(c.id, root);
    cluster.set(c.other, root);
  }
  const byRoot = new Map<string, string[]>();
  for (const [id, root] of cluster) byRoot.set(root, [...(byRoot.get(root) ?? []), id]);
  for (const [root, members] of byRoot) {
    await db
      .updateTable("job_postings")
      .set({ cluster_id: root })
      .where("id", "in", [...members, root])
      .execute();
  }
}
