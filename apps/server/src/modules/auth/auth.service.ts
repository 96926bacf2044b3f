import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Actor } from "../../http/context.ts";
import type { Clock } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { hashPassword, verifyDummy, verifyPassword } from "./auth.password.ts";
import {
  clearFailedLogins,
  deleteExpiredSessions,
  deleteOtherSessions,
  deleteSession,
  findPasswordHash,
  findSessionActor,
  findUserForLogin,
  insertSession,
  recordFailedLogin,
  updatePassword,
} from "./auth.repo.ts";

export const SESSION_TTL_MS = 12 * 3600_000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

export interface StartedSession {
  userId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function newCsrfToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Opens a session for an account; only the token's hash is stored. */
export async function startSession(opts: {
  db: Kysely<Database>;
  clock: Clock;
  userId: string;
  clientAddress: string;
}): Promise<StartedSession> {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = newCsrfToken();
  const expiresAt = new Date(opts.clock.now().getTime() + SESSION_TTL_MS);
  await insertSession(opts.db, {
    idHash: hashToken(token),
    userId: opts.userId,
    csrfToken,
    clientAddress: opts.clientAddress,
    expiresAt,
  });
  return { userId: opts.userId, token, csrfToken, expiresAt };
}

/**
 * Checks a username and password. Five failures in a row lock the account for 15 minutes;
 * unknown usernames cost the same time as wrong passwords.
 */
export async function loginWithPassword(opts: {
  db: Kysely<Database>;
  clock: Clock;
  username: string;
  password: string;
  clientAddress: string;
}): Promise<StartedSession> {
  const now = opts.clock.now();
  const user = await findUserForLogin(opts.db, opts.username);
  if (!user) {
    await verifyDummy(opts.password);
    throw new AppError("AUTH_INVALID_CREDENTIALS", "Wrong username or password");
  }
  if (user.locked_until && user.locked_until > now) {
    const retryAfterSeconds = Math.ceil((user.locked_until.getTime() - now.getTime()) / 1000);
    throw new AppError("AUTH_LOCKED", "Too many failed logins: this account is locked for a while", {
      retryAfterSeconds,
    });
  }
  if (!(await verifyPassword(user.password_hash, opts.password))) {
    const failures = user.failed_logins + 1;
    const lockUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS) : null;
    await recordFailedLogin(opts.db, user.id, lockUntil);
    throw new AppError("AUTH_INVALID_CREDENTIALS", "Wrong username or password", {
      attemptsLeft: Math.max(0, MAX_FAILED_LOGINS - failures),
    });
  }
  await clearFailedLogins(opts.db, user.id);
  return startSession({ db: opts.db, clock: opts.clock, userId: user.id, clientAddress: opts.clientAddress });
}

/** The actor behind a session cookie token, or null when it is unknown or expired. */
export async function resolveSession(opts: {
  db: Kysely<Database>;
  clock: Clock;
  token: string;
}): Promise<Actor | null> {
  const idHash = hashToken(opts.token);
  const row = await findSessionActor(opts.db, idHash, opts.clock.now());
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regionCode: row.region_code,
    regionPath: row.region_path,
    organisationId: row.organisation_id,
    sessionIdHash: row.id_hash,
    csrfToken: row.csrf_token,
    mustChangePassword: row.must_change_password,
  };
}

export async function endSession(opts: { db: Kysely<Database>; actor: Actor }): Promise<void> {
  await deleteSession(opts.db, opts.actor.sessionIdHash);
}

/** Changes one's own password; every other session of the account ends. */
export async function changeOwnPassword(opts: {
  db: Kysely<Database>;
  clock: Clock;
  actor: Actor;
  currentPassword: string;
  newPassword: string;
}): Promise<void> {
  const current = await findPasswordHash(opts.db, opts.actor.id);
  if (!(await verifyPassword(current, opts.currentPassword))) {
    throw new AppError("AUTH_WRONG_PASSWORD", "The current password is wrong", [
      { path: "$.currentPassword", message: "wrong password" },
    ]);
  }
  if (opts.currentPassword === opts.newPassword) {
    throw new AppError("VALIDATION_FAILED", "The new password must differ from the current one", [
      { path: "$.newPassword", message: "same as the current password" },
    ]);
  }
  await updatePassword(opts.db, opts.actor.id, await hashPassword(opts.newPassword), opts.clock.now());
  await deleteOtherSessions(opts.db, opts.actor.id, opts.actor.sessionIdHash);
}

export async function purgeExpiredSessions(opts: { db: Kysely<Database>; clock: Clock }): Promise<number> {
  return deleteExpiredSessions(opts.db, opts.clock.now());
}
