import type { Organisation } from "@jiuye/contract/organisations";
import type { OrganisationRow } from "./organisations.repo.ts";

export function presentOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    creditCode: row.credit_code,
    regionCode: row.region_code,
    regionName: row.region_name,
    verified: row.verified,
    createdAt: row.created_at.toISOString(),
  };
}
