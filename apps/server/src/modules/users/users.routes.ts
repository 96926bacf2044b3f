import { createUser, listUsers, unlockUser } from "@jiuye/contract/users";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { authorize } from "../../lib/access.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { AppError } from "../../lib/errors.ts";
import { requireRegion } from "../regions/regions.directory.ts";
import { userPolicy } from "./users.access.ts";
import { presentUser } from "./users.present.ts";
import { findUserById, findUsersWithin, unlockUserAccount } from "./users.repo.ts";
import { createAccount } from "./users.service.ts";

const cursorKey = z.object({ username: z.string() });

export function userRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listUsers, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const rows = await findUsersWithin(deps.db, {
      regionPath: actor.regionPath ?? "",
      role: ctx.query.role,
      after: decodeCursor(ctx.query.cursor, cursorKey),
      limit: ctx.query.limit + 1,
    });
    const page = pageOf(rows, ctx.query.limit, (r) => ({ username: r.username }));
    ctx.audit("user", null, { read: page.items.map((r) => r.id) });
    return { items: page.items.map((r) => presentUser(r, deps.clock.now())), nextCursor: page.nextCursor };
  });

  mountRoute(app, deps, createUser, async (ctx) => {
    const actor = requireActor(ctx.actor);
    authorize(userPolicy.create, actor, {
      regionPath: requireRegion(deps.regions, ctx.body.regionCode).path,
    });
    if (ctx.body.role === "seeker") {
      throw new AppError(
        "USERS_ROLE_NOT_ALLOWED",
        "Job seekers register themselves or through the people registry",
        [{ path: "$.role", message: "not creatable here" }],
      );
    }
    const row = await createAccount({
      db: ctx.deps.db,
      clock: deps.clock,
      regions: deps.regions,
      account: { ...ctx.body, mustChangePassword: true },
    });
    ctx.audit("user", row.id, { role: row.role });
    return { user: presentUser(row, deps.clock.now()) };
  });

  mountRoute(app, deps, unlockUser, async (ctx) => {
    const actor = requireActor(ctx.actor);
    const row = await findUserById(ctx.deps.db, ctx.params.id);
    if (!row) throw new AppError("USERS_NOT_FOUND", "No such account");
    authorize(userPolicy.unlock, actor, { regionPath: row.region_path });
    await unlockUserAccount(ctx.deps.db, row.id);
    ctx.audit("user", row.id);
    return { user: presentUser({ ...row, locked_until: null }, deps.clock.now()) };
  });
}
