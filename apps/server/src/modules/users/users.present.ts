import type { User } from "@jiuye/contract/users";
import type { UserRow } from "./users.repo.ts";

export function presentUser(row: UserRow, now: Date): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regionCode: row.region_code,
    regionName: row.region_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    locked: row.locked_until !== null && row.locked_until > now,
    createdAt: row.created_at.toISOString(),
  };
}
