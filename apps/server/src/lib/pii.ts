import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/** The kinds of personal data kept encrypted; each is bound to its kind, so columns cannot be swapped. */
export type PiiKind = "id_number" | "phone" | "disability_certificate";

/**
 * Encryption at rest for identity numbers, phone numbers and the like: AES-256-GCM with a random
 * nonce per value, and keyed HMAC-SHA256 hashes for exact look-ups and uniqueness. Both keys are
 * derived from the platform secret with HKDF, so the database alone reveals nothing.
 */
export interface PiiCipher {
  encrypt(kind: PiiKind, plain: string): string;
  decrypt(kind: PiiKind, sealed: string): string;
  /** The same value always gives the same hash; without the secret it cannot be reversed or guessed. */
  lookupHash(kind: PiiKind, plain: string): string;
}

const VERSION = "v1";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const ciphers = new Map<string, PiiCipher>();

function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "jiuye personal data", purpose, 32));
}

/** The cipher for a platform secret (made once per secret). */
export function piiCipher(secret: string): PiiCipher {
  const known = ciphers.get(secret);
  if (known) return known;
  const encryptionKey = deriveKey(secret, "pii-encryption-v1");
  const lookupKey = deriveKey(secret, "pii-lookup-v1");
  const cipher: PiiCipher = {
    encrypt(kind, plain) {
      const nonce = randomBytes(NONCE_BYTES);
      const aes = createCipheriv("aes-256-gcm", encryptionKey, nonce);
      aes.setAAD(Buffer.from(kind));
      const body = Buffer.concat([aes.update(plain, "utf8"), aes.final()]);
      return `${VERSION}:${Buffer.concat([nonce, aes.getAuthTag(), body]).toString("base64url")}`;
    },
    decrypt(kind, sealed) {
      const [version, data] = sealed.split(":");
      if (version !== VERSION || !data) throw new Error(`unknown ciphertext format for ${kind}`);
      const bytes = Buffer.from(data, "base64url");
      const aes = createDecipheriv("aes-256-gcm", encryptionKey, bytes.subarray(0, NONCE_BYTES));
      aes.setAAD(Buffer.from(kind));
      aes.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
      return Buffer.concat([aes.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), aes.final()]).toString(
        "utf8",
      );
    },
    lookupHash(kind, plain) {
      return createHmac("sha256", lookupKey).update(`${kind}:${plain}`).digest("base64url");
    },
  };
  ciphers.set(secret, cipher);
  return cipher;
}
