import { listOwnMatches, listPersonMatches, listPostingCandidates } from "@jiuye/contract/matching";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize } from "../../lib/access.ts";
import { todayInChina } from "../../lib/clock.ts";
import { AppError } from "../../lib/errors.ts";
import { matchingPolicy } from "./matching.access.ts";
import { presentCandidate, presentPostingMatch } from "./matching.present.ts";
import { findMatchPerson, findPostingForMatching } from "./matching.repo.ts";
import { findCandidatesForPosting, findMatchesForPerson } from "./matching.service.ts";

export function matchingRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listOwnMatches, async (ctx) => {
    const row = await findMatchPerson(deps.db, { userId: requireActor(ctx.actor).id });
    if (!row) throw new AppError("PEOPLE_NOT_FOUND", "You have not registered in the labour-force registry");
    const found = await findMatchesForPerson(deps, { person: row, limit: ctx.query.limit });
    ctx.audit("person", row.id, { matches: found.length });
    return { items: found.map((m) => presentPostingMatch(m.posting, m.match)) };
  });

  mountRoute(app, deps, listPersonMatches, async (ctx) => {
    const row = await findMatchPerson(deps.db, { id: ctx.params.id });
    if (!row) throw new AppError("PEOPLE_NOT_FOUND", "No such person");
    authorize(matchingPolicy.personMatches, requireActor(ctx.actor), {
      regionPath: row.region_path,
      userId: row.user_id,
    });
    const found = await findMatchesForPerson(deps, { person: row, limit: ctx.query.limit });
    ctx.audit("person", row.id, { matches: found.length });
    return { items: found.map((m) => presentPostingMatch(m.posting, m.match)) };
  });

  mountRoute(app, deps, listPostingCandidates, async (ctx) => {
    const posting = await findPostingForMatching(deps.db, ctx.params.id);
    if (!posting) throw new AppError("JOBS_NOT_FOUND", "No such posting");
    authorize(matchingPolicy.candidates, requireActor(ctx.actor), {
      employerId: posting.employer_id,
      regionPath: posting.region_path,
    });
    if (posting.status !== "published")
      throw new AppError(
        "MATCHING_POSTING_NOT_PUBLISHED",
        "Candidates are recommended for published postings only",
      );
    const candidates = await findCandidatesForPosting(deps, { posting, limit: ctx.query.limit });
    ctx.audit("person", null, { posting: posting.id, read: candidates.map((c) => c.row.id) });
    const today = todayInChina(deps.clock.now());
    return { items: candidates.map((c) => presentCandidate(c, today)) };
  });
}
