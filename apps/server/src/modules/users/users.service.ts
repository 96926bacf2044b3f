import type { Role } from "@jiuye/contract/route";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Clock } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { hashPassword } from "../auth/auth.password.ts";
import { findOrganisationById } from "../organisations/organisations.repo.ts";
import { type RegionDirectory, requireRegion } from "../regions/regions.directory.ts";
import { findUserById, insertUser, type UserRow, usernameExists } from "./users.repo.ts";

/** Which kind of organisation an account of each role belongs to, if any. */
const ORGANISATION_OF_ROLE: Record<Role, "employer" | "department" | null> = {
  seeker: null,
  employer: "employer",
  staff: null,
  department: "department",
  leadership: null,
  admin: null,
};

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  regionCode: string;
  organisationId?: string | null;
  /** Self-registration records the person's consent and its purpose. */
  consentPurpose?: string | null;
  mustChangePassword?: boolean;
}

/** Creates an account after checking the username, region and the organisation its role needs. */
export async function createAccount(opts: {
  db: Kysely<Database>;
  clock: Clock;
  regions: RegionDirectory;
  account: NewAccount;
}): Promise<UserRow> {
  const { account } = opts;
  requireRegion(opts.regions, account.regionCode);
  if (await usernameExists(opts.db, account.username)) {
    throw new AppError("AUTH_USERNAME_TAKEN", "This username is taken", [
      { path: "$.username", message: "taken" },
    ]);
  }
  const needs = ORGANISATION_OF_ROLE[account.role];
  if (needs) {
    const organisation = account.organisationId
      ? await findOrganisationById(opts.db, account.organisationId)
      : undefined;
    if (organisation?.kind !== needs) {
      throw new AppError("USERS_ROLE_NEEDS_ORGANISATION", `A ${account.role} account belongs to a ${needs}`, [
        { path: "$.organisationId", message: `must be the id of a ${needs}` },
      ]);
    }
  }
  const now = opts.clock.now();
  const id = await insertUser(opts.db, {
    username: account.username,
    display_name: account.displayName,
    password_hash: await hashPassword(account.password),
    role: account.role,
    region_code: account.regionCode,
    organisation_id: needs ? (account.organisationId ?? null) : null,
    must_change_password: account.mustChangePassword ?? false,
    password_changed_at: now,
    consent_at: account.consentPurpose ? now : null,
    consent_purpose: account.consentPurpose ?? null,
  });
  const row = await findUserById(opts.db, id);
  if (!row) throw new Error("account vanished after insert");
  return row;
}
