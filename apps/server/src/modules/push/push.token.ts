import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * The token of a message's unsubscribe link: the person's id and an HMAC-SHA256 of it under a key
 * derived from the platform secret for this purpose alone, so it proves the link came from the
 * platform for that person and cannot be made for another. It does not expire: an old message's
 * link keeps working.
 */
const keys = new Map<string, Buffer>();

function unsubscribeKey(secret: string): Buffer {
  const known = keys.get(secret);
  if (known) return known;
  const key = Buffer.from(hkdfSync("sha256", secret, "jiuye push", "push-unsubscribe-v1", 32));
  keys.set(secret, key);
  return key;
}

const signature = (secret: string, personId: string) =>
  createHmac("sha256", unsubscribeKey(secret)).update(`unsubscribe:${personId}`).digest();

export function unsubscribeToken(secret: string, personId: string): string {
  return `${personId}.${signature(secret, personId).toString("base64url")}`;
}

/** The person a token was made for; null when it was altered, cut short or made without the secret. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [personId, signed, ...rest] = token.split(".");
  if (!personId || !signed || rest.length > 0 || !/^[0-9a-f-]{36}$/.test(personId)) return null;
  // Compared as text: base64url decoding would forgive a changed last character.
  const given = Buffer.from(signed);
  const expected = Buffer.from(signature(secret, personId).toString("base64url"));
  return given.length === expected.length && timingSafeEqual(given, expected) ? personId : null;
}
