/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015.
 *
 * 18 characters from `0123456789ABCDEFGHJKLMNPQRTUWXY` (no I, O, Z, S, V):
 * 1 registration authority (登记管理部门), 2 organisation type (机构类别), 3-8 region code of the
 * registering authority (GB/T 2260), 9-17 organisation code (主体标识码, GB 11714, with its own check
 * character at position 17), 18 check character (MOD 31).
 */

export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

export type CreditCodeResult =
  | {
      ok: true;
      /** The code as it should be stored: trimmed, upper case. */
      creditCode: string;
      registrationAuthority: string;
      orgType: string;
      regionCode: string;
      /** The 9-character organisation code (GB 11714), check character included. */
      orgCode: string;
    }
  | { ok: false; reason: "format" | "charset" }
  | {
      ok: false;
      reason: "checksum";
      /** Which check failed: the code's own (position 18), the organisation code's (position 17), or both. */
      detail: "creditCode" | "orgCode" | "both";
    };

const CREDIT_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check character (position 18) for the first 17 characters. Throws on a wrong length or character. */
export function computeCreditCodeCheck(first17: string): string {
  const body = first17.toUpperCase();
  if (body.length !== 17) throw new RangeError("expected 17 characters");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(body.charAt(i));
    if (value < 0) throw new RangeError(`character not allowed in a credit code: ${body.charAt(i)}`);
    sum += value * (CREDIT_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The GB 11714 check character (0-9 or X) for the first 8 characters of an organisation code
 * (digits, and letters valued A = 10 … Z = 35). Throws on a wrong length or character.
 */
export function computeOrgCodeCheck(first8: string): string {
  const body = first8.toUpperCase();
  if (!/^[0-9A-Z]{8}$/.test(body)) throw new RangeError("expected 8 digits or letters");
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

/**
 * Validate a unified social credit code. Surrounding whitespace is ignored and letters may be lower case;
 * `creditCode` in the result is the normalised form.
 *
 * - `format`: not 18 characters, or positions 3-8 (region code) are not digits;
 * - `charset`: a character outside the 31 allowed (I, O, Z, S, V, punctuation, inner whitespace …);
 * - `checksum`: the check character at position 18 and/or the organisation code's at position 17 is wrong.
 */
export function validateCreditCode(s: string): CreditCodeResult {
  const creditCode = s.trim().toUpperCase();
  if (Array.from(creditCode).length !== 18) return { ok: false, reason: "format" };
  for (const c of creditCode) {
    if (!CREDIT_CODE_CHARSET.includes(c)) return { ok: false, reason: "charset" };
  }
  if (!/^\d{6}$/.test(creditCode.slice(2, 8))) return { ok: false, reason: "format" };

  const orgCode = creditCode.slice(8, 17);
  const creditOk = computeCreditCodeCheck(creditCode.slice(0, 17)) === creditCode.charAt(17);
  const orgOk = computeOrgCodeCheck(orgCode.slice(0, 8)) === orgCode.charAt(8);
  if (!creditOk || !orgOk) {
    return { ok: false, reason: "checksum", detail: creditOk ? "orgCode" : orgOk ? "creditCode" : "both" };
  }
  return {
    ok: true,
    creditCode,
    registrationAuthority: creditCode.charAt(0),
    orgType: creditCode.charAt(1),
    regionCode: creditCode.slice(2, 8),
    orgCode,
  };
}
