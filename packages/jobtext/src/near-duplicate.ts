/**
 * Near-duplicate postings (the same ad re-published by another source with small edits): MinHash
 * signatures over character shingles, and locality-sensitive hashing (LSH) bands that turn
 * "similar signatures" into "share a bucket". Defaults are measured in bench/jobtext/near-dup.ts.
 */
import { toSimplified } from "./traditional.ts";

export interface MinHashOptions {
  /** Characters per shingle. */
  shingleSize: number;
  /** Signature length: hash functions (32-bit values) per signature. */
  permutations: number;
}

export interface LshOptions {
  bands: number;
  /** Signature values per band; bands × rows must not exceed the signature length. */
  rows: number;
}

/**
 * Estimated Jaccard (of 4-character shingles) at or above which two postings are the same ad.
 * Measured: 99.5% of labelled re-published copies reach it in exact Jaccard (98.7% are merged on
 * the estimate) and no labelled different ad of the same occupation and town does (their maximum
 * was 0.42); at 0.7, 21% of the copies would be missed.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/** Chosen by bench/jobtext/near-dup.ts: see bench/jobtext/results/near-dup.md. */
export const MINHASH_DEFAULTS: Readonly<MinHashOptions> = { shingleSize: 4, permutations: 128 };
/**
 * P(candidate) = 1 − (1 − J⁴)³²: 87% at J = 0.5, 98.8% at 0.6, 99.99% at 0.7. Measured: 99.5% of
 * all pairs ≥ 0.5 and 99.3% of labelled copies are candidates; 5.7% of labelled different pairs are.
 */
export const LSH_DEFAULTS: Readonly<LshOptions> = { bands: 32, rows: 4 };

/**
 * Bumped whenever signatures of the same text change (seed, hashing, normalisation, defaults):
 * stored signatures of another version must be recomputed, not compared.
 */
export const MINHASH_VERSION = 1;

/** Fixed seed: signatures must compare across processes, releases and machines. */
const FAMILY_SEED = 0x6a697579; // "jiuy"
const MAX_PERMUTATIONS = 1024;

/** murmur3's 32-bit finaliser (every input bit affects every output bit), as a signed 32-bit integer. */
function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** The seeds of the hash family (splitmix32 from the fixed seed): h_i(x) = fmix32(x ^ seed_i). */
const FAMILY: Int32Array = (() => {
  const seeds = new Int32Array(MAX_PERMUTATIONS);
  let state = FAMILY_SEED;
  for (let i = 0; i < seeds.length; i++) {
    state = (state + 0x9e3779b9) | 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
})();

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Text as compared: NFKC, lower case, traditional characters simplified, only letters and digits
 * (punctuation and whitespace edits vanish).
 */
export function normaliseForShingles(text: string): string {
  const s = toSimplified(text.normalize("NFKC").toLowerCase());
  let out = "";
  let kept = 0; // start of the current run of kept characters (slices beat per-character appends)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue; // the common cases
    const point = s.codePointAt(i) as number;
    const width = point > 0xffff ? 2 : 1;
    if (c < 0x80 || !LETTER_OR_DIGIT.test(String.fromCodePoint(point))) {
      out += s.slice(kept, i);
      kept = i + width;
    }
    i += width - 1;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

/** The distinct shingle hashes of a text, sorted (a text shorter than a shingle is one shingle). */
export function shingleHashes(text: string, shingleSize: number = MINHASH_DEFAULTS.shingleSize): Uint32Array {
  const s = normaliseForShingles(text);
  if (s.length === 0) return new Uint32Array(0);
  const count = Math.max(1, s.length - shingleSize + 1);
  const hashes = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let h = 0x811c9dc5; // FNV-1a over UTF-16 code units
    const end = Math.min(s.length, start + shingleSize);
    for (let j = start; j < end; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    hashes[start] = fmix32(h);
  }
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i] as number;
  }
  return hashes.slice(0, unique);
}

/** Exact Jaccard similarity of two sorted distinct hash sets (the baseline MinHash estimates). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** MinHash signature of shingle hashes: per hash function, the least hash of any shingle. */
export function signatureOfShingles(
  shingles: Uint32Array,
  permutations: number = MINHASH_DEFAULTS.permutations,
): Uint32Array {
  if (!Number.isInteger(permutations) || permutations < 1 || permutations > MAX_PERMUTATIONS) {
    throw new RangeError(`permutations must be 1..${MAX_PERMUTATIONS}`);
  }
  // Compared as signed 32-bit integers (the order V8 compares fastest); any fixed order is a valid MinHash.
  const signature = new Int32Array(permutations);
  const values = new Int32Array(shingles.buffer, shingles.byteOffset, shingles.length);
  const n = values.length;
  for (let i = 0; i < permutations; i++) {
    const seed = FAMILY[i] as number;
    let min = 0x7fffffff;
    for (let s = 0; s < n; s++) {
      const v = fmix32((values[s] as number) ^ seed);
      if (v < min) min = v;
    }
    signature[i] = min;
  }
  return new Uint32Array(signature.buffer);
}

/** MinHash signature of a posting's text (title and description). */
export function minhashSignature(text: string, options: Partial<MinHashOptions> = {}): Uint32Array {
  const { shingleSize, permutations } = { ...MINHASH_DEFAULTS, ...options };
  return signatureOfShingles(shingleHashes(text, shingleSize), permutations);
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) throw new RangeError("signatures of different lengths");
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

function checkLsh(signature: Uint32Array, { bands, rows }: LshOptions): void {
  if (!(bands >= 1 && rows >= 1 && bands * rows <= signature.length)) {
    throw new RangeError(`bands × rows (${bands} × ${rows}) must fit a signature of ${signature.length}`);
  }
}

/** The two 32-bit hashes of one band's rows (64 bits: bucket collisions stay negligible at millions of postings). */
function bandHash(signature: Uint32Array, band: number, rows: number): [number, number] {
  let h1 = 0x9747b28c ^ band;
  let h2 = 0x1b873593 ^ Math.imul(band, 0x85ebca6b);
  for (let r = band * rows; r < (band + 1) * rows; r++) {
    const v = signature[r] as number;
    h1 = fmix32(Math.imul(h1 ^ v, 0xcc9e2d51));
    h2 = fmix32(Math.imul(h2 + v, 0x1b873593) ^ 0x5bd1e995);
  }
  return [h1 >>> 0, h2 >>> 0];
}

/**
 * The bucket of each band as one signed 64-bit integer (decimal text, for an `int8` column), the
 * band in its top five bits: postings sharing any key are near-duplicate candidates, in a table
 * `(key, posting_id)` with no separate band column.
 */
export function lshKeys(signature: Uint32Array, options: LshOptions = LSH_DEFAULTS): string[] {
  checkLsh(signature, options);
  const keys: string[] = [];
  for (let band = 0; band < options.bands; band++) {
    const [h1, h2] = bandHash(signature, band, options.rows);
    const high = ((band << 27) ^ (h1 & 0x07ffffff)) >>> 0;
    keys.push(BigInt.asIntN(64, (BigInt(high) << 32n) | BigInt(h2)).toString());
  }
  return keys;
}

export interface LshIndex<Id> {
  add(id: Id, signature: Uint32Array): void;
  remove(id: Id): void;
  /** Ids sharing at least one band bucket with the signature (the signature's own id included if added). */
  candidates(signature: Uint32Array): Id[];
  readonly size: number;
}

/** An in-memory LSH index over MinHash signatures. */
export function createLshIndex<Id = string>(options: LshOptions = LSH_DEFAULTS): LshIndex<Id> {
  const { bands, rows } = options;
  const tables = Array.from({ length: bands }, () => new Map<number, Id[]>());
  const keysOf = new Map<Id, number[]>();
  const keys = (signature: Uint32Array): number[] => {
    checkLsh(signature, options);
    const out: number[] = [];
    for (let band = 0; band < bands; band++) {
      const [h1, h2] = bandHash(signature, band, rows);
      out.push((h1 & 0x1fffff) * 0x100000000 + h2); // 53 bits: a safe integer key
    }
    return out;
  };
  return {
    add(id, signature) {
      if (keysOf.has(id)) this.remove(id);
      const ks = keys(signature);
      keysOf.set(id, ks);
      ks.forEach((key, band) => {
        const table = tables[band] as Map<number, Id[]>;
        const bucket = table.get(key);
        if (bucket) bucket.push(id);
        else table.set(key, [id]);
      });
    },
    remove(id) {
      const ks = keysOf.get(id);
      if (!ks) return;
      keysOf.delete(id);
      ks.forEach((key, band) => {
        const table = tables[band] as Map<number, Id[]>;
        const rest = (table.get(key) ?? []).filter((other) => other !== id);
        if (rest.length > 0) table.set(key, rest);
        else table.delete(key);
      });
    },
    candidates(signature) {
      const found = new Set<Id>();
      keys(signature).forEach((key, band) => {
        for (const id of tables[band]?.get(key) ?? []) found.add(id);
      });
      return [...found];
    },
    get size() {
      return keysOf.size;
    },
  };
}

/** A signature as bytes (little-endian 32-bit values), e.g. for a `bytea` column. */
export function signatureToBytes(signature: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < signature.length; i++) view.setUint32(i * 4, signature[i] as number, true);
  return bytes;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  if (bytes.length === 0 || bytes.length % 4 !== 0) throw new RangeError("not a signature: length");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.length / 4 }, (_, i) => view.getUint32(i * 4, true));
}

/** A signature as hex text (8 characters per value, big-endian), e.g. for a `text` column. */
export function signatureToHex(signature: Uint32Array): string {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((v, i) => {
    bytes.writeUInt32BE(v, i * 4);
  });
  return bytes.toString("hex");
}

export function signatureFromHex(hex: string): Uint32Array {
  const bytes = Buffer.from(hex, "hex");
  // Buffer.from stops at the first character that is not hex: a short result means bad text.
  if (hex.length === 0 || hex.length % 8 !== 0 || bytes.length * 2 !== hex.length) {
    throw new RangeError("not a signature: hex");
  }
  const signature = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < signature.length; i++) signature[i] = bytes.readUInt32BE(i * 4);
  return signature;
}
