import {
  createLshIndex,
  jaccardEstimate,
  lshKeys,
  minhashSignature,
  NEAR_DUPLICATE_JACCARD,
  signatureFromHex,
  signatureToHex,
} from "@jiuye/jobtext/near-duplicate";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../db/types.ts";

/**
 * Estimated Jaccard similarity of title and description at which two postings are one cluster:
 * the package's measured threshold (re-published copies ≥ 0.5, different postings ≤ 0.42).
 */
export const NEAR_DUPLICATE_THRESHOLD = NEAR_DUPLICATE_JACCARD;
/** Members of one LSH bucket looked at per posting and band. */
const PER_BUCKET = 3;
/** Candidates per posting whose signatures are compared, those sharing the most buckets first. */
const VERIFIED_PER_POSTING = 5;

export interface Signed {
  signature: Uint32Array;
  hex: string;
  /** One LSH key (int8 as text) per band. */
  keys: string[];
}

/** The MinHash signature of a posting's title and description, and its LSH keys. */
export function signPosting(title: string, description: string): Signed {
  const signature = minhashSignature(`${title}\n${description}`);
  return { signature, hex: signatureToHex(signature), keys: lshKeys(signature) };
}

type SignedPosting = { id: string } & Signed;

/** Filed postings sharing a bucket with each given posting: a few per bucket, with how many buckets they share. */
async function findFiledCandidates(db: Kysely<Database>, postings: SignedPosting[]) {
  const { rows } = await sql<{ id: string; other: string; shared: string }>`
    select l.posting_id as id, c.posting_id as other, count(*) as shared
    from unnest(${postings.flatMap((p) => p.keys)}::int8[], ${postings.flatMap((p) => p.keys.map(() => p.id))}::uuid[])
      as l(key, posting_id)
    cross join lateral (
      select c.posting_id from job_posting_lsh c
      where c.key = l.key and c.posting_id <> l.posting_id
      limit ${PER_BUCKET}
    ) c
    group by l.posting_id, c.posting_id`.execute(db);
  return rows.map((r) => ({ id: r.id, other: r.other, shared: Number(r.shared) }));
}

/** Pairs within the batch sharing a bucket, each posting paired with those before it. */
function batchCandidates(postings: SignedPosting[]) {
  const index = createLshIndex<number>();
  const out: { id: string; other: string; shared: number }[] = [];
  postings.forEach((p, i) => {
    for (const j of index.candidates(p.signature)) {
      const other = postings[j];
      if (!other) continue;
      const shared = p.keys.filter((k, band) => other.keys[band] === k).length;
      out.push({ id: p.id, other: other.id, shared });
    }
    index.add(i, p.signature);
  });
  return out;
}

export interface ClusterPlan {
  /** The cluster each posting of the batch joins (absent: it joins none). */
  rootOf: Map<string, string>;
  /** Postings already filed that move to a cluster (often their own id: they start one). */
  filedMoves: { id: string; root: string }[];
}

/**
 * Decides, before the batch is written, which cluster each new or changed posting joins: the
 * candidates sharing most LSH buckets with it, among filed postings and earlier ones in the
 * batch, are verified on their signatures. A cluster is shown once, with "also published by"
 * the others.
 */
export async function planClusters(db: Kysely<Database>, postings: SignedPosting[]): Promise<ClusterPlan> {
  const rootOf = new Map<string, string>();
  if (postings.length === 0) return { rootOf, filedMoves: [] };
  const candidates = [...(await findFiledCandidates(db, postings)), ...batchCandidates(postings)];
  // A few members of each shared bucket are enough to find a cluster, however large the bucket
  // (boilerplate ads share many); only the pairs that share the most buckets are verified.
  candidates.sort((a, b) => b.shared - a.shared);
  const tried = new Map<string, number>();
  const picked = candidates.filter((c) => {
    const attempts = tried.get(c.id) ?? 0;
    tried.set(c.id, attempts + 1);
    return attempts < VERIFIED_PER_POSTING;
  });
  const inBatch = new Map(postings.map((p) => [p.id, p.signature]));
  const filedIds = [...new Set(picked.map((c) => c.other).filter((id) => !inBatch.has(id)))];
  const filed = new Map(
    filedIds.length === 0
      ? []
      : (
          await db
            .selectFrom("job_postings")
            .select(["id", "minhash", "cluster_id"])
            .where(sql<boolean>`id = any(${filedIds}::uuid[])`)
            .execute()
        ).map((r) => [r.id, r]),
  );
  const filedRoot = new Map<string, string>();
  for (const c of picked) {
    const mine = inBatch.get(c.id);
    const row = filed.get(c.other);
    const theirs = inBatch.get(c.other) ?? (row?.minhash ? signatureFromHex(row.minhash) : null);
    if (!mine || !theirs || jaccardEstimate(mine, theirs) < NEAR_DUPLICATE_THRESHOLD) continue;
    const root =
      rootOf.get(c.id) ?? rootOf.get(c.other) ?? filedRoot.get(c.other) ?? row?.cluster_id ?? c.other;
    rootOf.set(c.id, root);
    if (row) filedRoot.set(c.other, root);
    else rootOf.set(c.other, root);
  }
  // A root in the batch is its own cluster's first member.
  for (const root of new Set(rootOf.values())) if (inBatch.has(root)) rootOf.set(root, root);
  // A filed posting that starts a cluster becomes its root: its own id.
  const filedMoves = [...filedRoot]
    .filter(([id, root]) => filed.get(id)?.cluster_id !== root)
    .map(([id, root]) => ({ id, root }));
  return { rootOf, filedMoves };
}

/** Moves filed postings into the clusters a batch decided on. */
export async function moveToClusters(db: Kysely<Database>, moves: { id: string; root: string }[]) {
  if (moves.length === 0) return;
  await sql`update job_postings p set cluster_id = v.root
    from unnest(${moves.map((m) => m.id)}::uuid[], ${moves.map((m) => m.root)}::uuid[]) as v(id, root)
    where p.id = v.id`.execute(db);
}

/**
 * Files postings in the LSH buckets under their new signatures; `replaced` are the signatures
 * (hex) the changed ones were filed under before.
 */
export async function fileLshKeys(
  db: Kysely<Database>,
  postings: SignedPosting[],
  replaced: { id: string; minhash: string | null }[],
) {
  const old = replaced.flatMap((r) =>
    r.minhash ? [{ id: r.id, keys: lshKeys(signatureFromHex(r.minhash)) }] : [],
  );
  if (old.length > 0) {
    await sql`delete from job_posting_lsh l
      using unnest(${old.flatMap((o) => o.keys)}::int8[], ${old.flatMap((o) => o.keys.map(() => o.id))}::uuid[]) as o(key, posting_id)
      where l.key = o.key and l.posting_id = o.posting_id`.execute(db);
  }
  if (postings.length === 0) return;
  // Arrays instead of one parameter per value: one short statement however many rows.
  await sql`insert into job_posting_lsh (key, posting_id)
    select * from unnest(${postings.flatMap((p) => p.keys)}::int8[], ${postings.flatMap((p) => p.keys.map(() => p.id))}::uuid[])
    on conflict do nothing`.execute(db);
}
