/**
 * Citizen identity numbers (公民身份号码), GB 11643-1999.
 *
 * 18 characters: 6-digit region code of first registration, 8-digit birth date (YYYYMMDD), 3-digit
 * sequence (odd for men, even for women) and a check character (0-9 or X, ISO 7064 MOD 11-2).
 * The region code is not checked against the current division list: numbers keep the code of the
 * division where they were issued, even after that division was abolished or renumbered.
 */

export type Sex = "male" | "female";

export type IdNumberResult =
  | {
      ok: true;
      /** The number as it should be stored: trimmed, check character upper case. */
      idNumber: string;
      regionCode: string;
      /** YYYY-MM-DD */
      birthDate: string;
      sex: Sex;
    }
  | { ok: false; reason: "format" | "birthdate" | "checksum" };

/** Weights 2^(17-i) mod 11 for the 17 body digits, i = 0 at the left. */
const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
const CHECK_CHARS = "10X98765432";
const MIN_BIRTH_YEAR = 1900;
/** China Standard Time, used to decide what "today" is when a `Date` is given or no date at all. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The check character (0-9 or X) for the first 17 digits. Throws if `first17` is not 17 digits. */
export function computeIdNumberCheck(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("expected 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Validate a citizen identity number. Surrounding whitespace is ignored and a lower-case `x` is
 * accepted; `idNumber` in the result is the normalised form.
 *
 * The birth date must be a real calendar date, in or after 1900 and not after `asOf`
 * (a `YYYY-MM-DD` string, or a `Date` read as a calendar date in China Standard Time; default: today).
 */
export function validateIdNumber(s: string, asOf?: Date | string): IdNumberResult {
  const idNumber = s.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, reason: "format" };

  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (year < MIN_BIRTH_YEAR || !isCalendarDate(year, month, day)) return { ok: false, reason: "birthdate" };
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (birthDate > toIsoDate(asOf ?? new Date())) return { ok: false, reason: "birthdate" };

  if (computeIdNumberCheck(idNumber.slice(0, 17)) !== idNumber.charAt(17)) {
    return { ok: false, reason: "checksum" };
  }
  return {
    ok: true,
    idNumber,
    regionCode: idNumber.slice(0, 6),
    birthDate,
    sex: Number(idNumber.charAt(16)) % 2 === 1 ? "male" : "female",
  };
}

/**
 * Age in whole years (周岁) on `onDate` of someone born on `birthDate` (both `YYYY-MM-DD`, or a
 * `Date` read in China Standard Time). The age goes up on the birthday itself; someone born on
 * 29 February gets one year older on 1 March in common years.
 * Throws a RangeError for an invalid date or when `onDate` is before `birthDate`.
 */
export function ageOn(birthDate: string | Date, onDate: string | Date): number {
  const birth = parseIsoDate(toIsoDate(birthDate));
  const on = parseIsoDate(toIsoDate(onDate));
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age -= 1;
  if (age < 0) throw new RangeError("onDate is before birthDate");
  return age;
}

/**
 * Mask an identity number for display: the first 6 and last 4 characters stay, the rest become `*`
 * (`652301********1234` for 18 characters). Anything shorter than 11 characters is masked entirely.
 */
export function maskIdNumber(s: string): string {
  return maskMiddle(s.trim().toUpperCase(), 6, 4);
}

/**
 * Mask a phone number for display: the first 3 and last 4 characters stay (`138****5678` for a mobile
 * number). Anything shorter than 8 characters is masked entirely.
 */
export function maskPhone(s: string): string {
  return maskMiddle(s.trim(), 3, 4);
}

function maskMiddle(s: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(s);
  if (chars.length <= keepStart + keepEnd) return "*".repeat(chars.length);
  return (
    chars.slice(0, keepStart).join("") +
    "*".repeat(chars.length - keepStart - keepEnd) +
    chars.slice(chars.length - keepEnd).join("")
  );
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || !isCalendarDate(year, month, day)) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return { year, month, day };
}

/** `YYYY-MM-DD` for a string (validated) or a `Date` (its calendar date in China Standard Time). */
function toIsoDate(d: string | Date): string {
  if (typeof d === "string") {
    parseIsoDate(d);
    return d;
  }
  const t = d.getTime();
  if (Number.isNaN(t)) throw new RangeError("invalid Date");
  return new Date(t + CST_OFFSET_MS).toISOString().slice(0, 10);
}
