import { validateCreditCode } from "@jiuye/identifiers/gb32100";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { AppError } from "../../lib/errors.ts";
import { type RegionDirectory, requireRegion } from "../regions/regions.directory.ts";
import {
  findOrganisationByCreditCode,
  findOrganisationById,
  insertOrganisation,
  type OrganisationRow,
} from "./organisations.repo.ts";

/** Normalises and checks a 统一社会信用代码; the JSON path names the field for the error. */
export function checkCreditCode(raw: string, path = "$.creditCode"): string {
  const result = validateCreditCode(raw);
  if (!result.ok) {
    const why =
      result.reason === "checksum" ? "its check character is wrong" : "it is not 18 valid characters";
    throw new AppError(
      "ORGANISATIONS_CREDIT_CODE_INVALID",
      `This 统一社会信用代码 fails the GB 32100 check: ${why}`,
      [{ path, message: result.reason }],
    );
  }
  return raw.trim().toUpperCase();
}

/** Registers an employer or agency; the credit code must pass GB 32100 and be new. */
export async function createOrganisation(opts: {
  db: Kysely<Database>;
  regions: RegionDirectory;
  kind: "employer" | "agency";
  name: string;
  creditCode: string;
  regionCode: string;
}): Promise<OrganisationRow> {
  const creditCode = checkCreditCode(opts.creditCode);
  requireRegion(opts.regions, opts.regionCode);
  if (await findOrganisationByCreditCode(opts.db, creditCode)) {
    throw new AppError(
      "ORGANISATIONS_CREDIT_CODE_TAKEN",
      "An organisation with this 统一社会信用代码 is already registered",
      [{ path: "$.creditCode", message: "already registered" }],
    );
  }
  const id = await insertOrganisation(opts.db, {
    kind: opts.kind,
    name: opts.name.trim(),
    credit_code: creditCode,
    region_code: opts.regionCode,
    seq: null,
  });
  return loadOrganisation(opts.db, id);
}

export async function loadOrganisation(db: Kysely<Database>, id: string): Promise<OrganisationRow> {
  const row = await findOrganisationById(db, id);
  if (!row) throw new AppError("ORGANISATIONS_NOT_FOUND", "No such organisation");
  return row;
}
