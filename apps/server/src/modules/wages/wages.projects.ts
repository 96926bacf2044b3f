import type { Actor, Deps } from "../../http/context.ts";
import { authorize } from "../../lib/access.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { projectPolicy } from "./wages.access.ts";
import { presentMonths, presentProjectInput, presentProjectSummary } from "./wages.present.ts";
import {
  findParties,
  findProjects,
  type ProjectFilter,
  projectCounts,
  projectMonths,
} from "./wages.projects.repo.ts";
import { loadProject } from "./wages.service.ts";

/** Projects the caller may read: their department's, their organisation's as a party, or their jurisdiction's. */
export async function findProjectsFor(
  deps: Deps,
  actor: Actor,
  query: {
    regionCode?: string;
    light?: "red" | "yellow" | "green";
    q?: string;
    limit: number;
    offset: number;
  },
) {
  const filter: ProjectFilter = { light: query.light, q: query.q };
  if (actor.role === "department") filter.departmentId = actor.organisationId ?? "";
  else if (actor.role === "employer") filter.partyId = actor.organisationId ?? "";
  else filter.regionPath = actor.regionPath ?? "-";
  if (query.regionCode) {
    const region = requireRegion(deps.regions, query.regionCode, "$query.regionCode");
    if (filter.regionPath && !region.path.startsWith(filter.regionPath)) return { items: [], total: 0 };
    filter.regionPath = region.path;
  }
  const { rows, total } = await findProjects(deps.db, filter, query.limit, query.offset);
  const counts = await projectCounts(
    deps.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentProjectSummary(r, counts.get(r.id))), total };
}

export async function projectDetail(deps: Deps, actor: Actor, id: string) {
  const { row, scope } = await loadProject(deps, id);
  authorize(projectPolicy.read, actor, scope);
  const [counts, parties, months] = await Promise.all([
    projectCounts(deps.db, [id]),
    findParties(deps.db, id),
    projectMonths(deps.db, id),
  ]);
  return {
    ...presentProjectSummary(row, counts.get(id)),
    input: presentProjectInput(row, parties),
    months: presentMonths(months),
    parties: parties.map((p) => ({
      role: p.role,
      organisationId: p.organisation_id,
      name: p.name,
      creditCode: p.credit_code,
    })),
  };
}
