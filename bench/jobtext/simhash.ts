/** 64-bit SimHash over shingle hashes: measured as an alternative to MinHash, not shipped. */

/** splitmix-style 32-bit finaliser, a second independent hash of a shingle for the high 32 bits. */
function mix32(h: number): number {
  let x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  x = Math.imul(x ^ (x >>> 12), 0x297a2d39);
  return (x ^ (x >>> 15)) >>> 0;
}

export function simhash64(shingles: Uint32Array): bigint {
  const counts = new Int32Array(64);
  for (const lo of shingles) {
    const hi = mix32(lo);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit] = (counts[bit] as number) + ((lo >>> bit) & 1 ? 1 : -1);
      counts[bit + 32] = (counts[bit + 32] as number) + ((hi >>> bit) & 1 ? 1 : -1);
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((counts[bit] as number) > 0) lo |= 1 << bit;
    if ((counts[bit + 32] as number) > 0) hi |= 1 << bit;
  }
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

export function hamming(a: bigint, b: bigint): number {
  let x = a ^ b;
  let n = 0;
  while (x > 0n) {
    x &= x - 1n;
    n++;
  }
  return n;
}
