import type { Insertable, Kysely } from "kysely";
import { inSubtree } from "../../db/fragments.ts";
import type { Database, UserTable } from "../../db/types.ts";

function usersWithNames(db: Kysely<Database>) {
  return db
    .selectFrom("users")
    .leftJoin("regions", "regions.code", "users.region_code")
    .leftJoin("organisations", "organisations.id", "users.organisation_id")
    .select([
      "users.id",
      "users.username",
      "users.display_name",
      "users.role",
      "users.region_code",
      "regions.name as region_name",
      "regions.path as region_path",
      "users.organisation_id",
      "organisations.name as organisation_name",
      "users.locked_until",
      "users.must_change_password",
      "users.created_at",
    ]);
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

export async function findUserById(db: Kysely<Database>, id: string) {
  return usersWithNames(db).where("users.id", "=", id).executeTakeFirst();
}

export async function usernameExists(db: Kysely<Database>, username: string): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["username"]), "=", username.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(db: Kysely<Database>, values: Insertable<UserTable>): Promise<string> {
  const { id } = await db.insertInto("users").values(values).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function findUsersWithin(
  db: Kysely<Database>,
  filter: { regionPath: string; role?: UserTable["role"]; after?: { username: string }; limit: number },
) {
  let query = usersWithNames(db).where(inSubtree("regions.path", filter.regionPath));
  if (filter.role) query = query.where("users.role", "=", filter.role);
  if (filter.after) query = query.where("users.username", ">", filter.after.username);
  return query.orderBy("users.username").limit(filter.limit).execute();
}

export async function countUsersByRoleWithin(db: Kysely<Database>, regionPath: string) {
  const rows = await db
    .selectFrom("users")
    .innerJoin("regions", "regions.code", "users.region_code")
    .select(["users.role", (eb) => eb.fn.countAll<string>().as("n")])
    .where(inSubtree("regions.path", regionPath))
    .groupBy("users.role")
    .orderBy("users.role")
    .execute();
  return rows.map((r) => ({ role: r.role, count: Number(r.n) }));
}

export async function unlockUserAccount(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable("users").set({ failed_logins: 0, locked_until: null }).where("id", "=", id).execute();
}
