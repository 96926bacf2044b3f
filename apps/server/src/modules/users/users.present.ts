import type { User } from "@jiuye/contract/users";
import { presentSessionUser } from "../auth/auth.present.ts";
import type { UserRow } from "./users.repo.ts";

export function presentUser(row: UserRow, now: Date): User {
  const { mustChangePassword: _, ...account } = presentSessionUser(row);
  return {
    ...account,
    locked: row.locked_until !== null && row.locked_until > now,
    createdAt: row.created_at.toISOString(),
  };
}
