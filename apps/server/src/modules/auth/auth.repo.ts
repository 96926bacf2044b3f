import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";

export async function findUserForLogin(db: Kysely<Database>, username: string) {
  return db
    .selectFrom("users")
    .select(["id", "username", "password_hash", "failed_logins", "locked_until"])
    .where((eb) => eb(eb.fn("lower", ["username"]), "=", username.toLowerCase()))
    .executeTakeFirst();
}

export async function recordFailedLogin(db: Kysely<Database>, userId: string, lockUntil: Date | null) {
  await db
    .updateTable("users")
    .set((eb) => ({
      failed_logins: eb("failed_logins", "+", 1),
      ...(lockUntil ? { locked_until: lockUntil } : {}),
    }))
    .where("id", "=", userId)
    .execute();
}

export async function clearFailedLogins(db: Kysely<Database>, userId: string) {
  await db
    .updateTable("users")
    .set({ failed_logins: 0, locked_until: null })
    .where("id", "=", userId)
    .execute();
}

export async function insertSession(
  db: Kysely<Database>,
  session: { idHash: string; userId: string; csrfToken: string; clientAddress: string; expiresAt: Date },
) {
  await db
    .insertInto("sessions")
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      client_address: session.clientAddress,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The session and its account, with the region path that bounds the account's jurisdiction. */
export async function findSessionActor(db: Kysely<Database>, idHash: string, now: Date) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .leftJoin("regions", "regions.code", "users.region_code")
    .select([
      "sessions.id_hash",
      "sessions.csrf_token",
      "users.id",
      "users.username",
      "users.display_name",
      "users.role",
      "users.region_code",
      "regions.path as region_path",
      "users.organisation_id",
      "users.must_change_password",
    ])
    .where("sessions.id_hash", "=", idHash)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();
}

export async function deleteSession(db: Kysely<Database>, idHash: string) {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

export async function deleteOtherSessions(db: Kysely<Database>, userId: string, keepIdHash: string) {
  await db.deleteFrom("sessions").where("user_id", "=", userId).where("id_hash", "!=", keepIdHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findPasswordHash(db: Kysely<Database>, userId: string) {
  const row = await db
    .selectFrom("users")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  return row.password_hash;
}

export async function updatePassword(db: Kysely<Database>, userId: string, passwordHash: string, now: Date) {
  await db
    .updateTable("users")
    .set({ password_hash: passwordHash, password_changed_at: now, must_change_password: false })
    .where("id", "=", userId)
    .execute();
}
