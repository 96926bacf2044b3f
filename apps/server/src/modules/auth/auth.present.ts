import type { SessionUser } from "@jiuye/contract/auth";
import type { UserRow } from "../users/users.repo.ts";

export function presentSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    regionCode: row.region_code,
    regionName: row.region_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    mustChangePassword: row.must_change_password,
  };
}
