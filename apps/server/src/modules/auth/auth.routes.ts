import { changePassword, getSession, login, logout, register } from "@jiuye/contract/auth";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute, requireActor } from "../../http/route.ts";
import { clearSessionCookie, preSessionCsrfToken, setSessionCookie } from "../../http/session.ts";
import { createOrganisation } from "../organisations/organisations.service.ts";
import { findUserById } from "../users/users.repo.ts";
import { createAccount } from "../users/users.service.ts";
import { presentSessionUser } from "./auth.present.ts";
import {
  changeOwnPassword,
  endSession,
  loginWithPassword,
  resolveSession,
  startSession,
} from "./auth.service.ts";

const CONSENT_PURPOSE = "registration: job search and employment services (privacy notice v1)";

export function authRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, getSession, async ({ actor, request, reply }) => {
    if (!actor) return { user: null, csrfToken: preSessionCsrfToken(request, reply, deps) };
    const row = await findUserById(deps.db, actor.id);
    return { user: row ? presentSessionUser(row) : null, csrfToken: actor.csrfToken };
  });

  mountRoute(
    app,
    deps,
    login,
    async (ctx) => {
      // Named before the attempt, so a failed login's audit entry says which account was tried.
      ctx.audit("user", null, { username: ctx.body.username });
      const session = await loginWithPassword({
        db: ctx.deps.db,
        clock: deps.clock,
        username: ctx.body.username,
        password: ctx.body.password,
        clientAddress: ctx.clientAddress,
      });
      const row = await findUserById(ctx.deps.db, session.userId);
      if (!row) throw new Error("account vanished during login");
      ctx.request.actor = await resolveSession({ db: ctx.deps.db, clock: deps.clock, token: session.token });
      ctx.audit("user", row.id, { username: row.username });
      setSessionCookie(ctx.reply, deps, session);
      return { user: presentSessionUser(row), csrfToken: session.csrfToken };
    },
    { rateLimitPerMinute: 20, transaction: false },
  );

  mountRoute(app, deps, logout, async (ctx) => {
    await endSession({ db: ctx.deps.db, actor: requireActor(ctx.actor) });
    clearSessionCookie(ctx.reply);
    return { ok: true as const };
  });

  mountRoute(app, deps, changePassword, async (ctx) => {
    const actor = requireActor(ctx.actor);
    await changeOwnPassword({ db: ctx.deps.db, clock: deps.clock, actor, ...ctx.body });
    ctx.audit("user", actor.id);
    return { ok: true as const };
  });

  mountRoute(
    app,
    deps,
    register,
    async (ctx) => {
      const body = ctx.body;
      const organisation =
        body.role === "employer"
          ? await createOrganisation({
              db: ctx.deps.db,
              regions: deps.regions,
              kind: "employer",
              name: body.organisationName,
              creditCode: body.creditCode,
              regionCode: body.regionCode,
            })
          : null;
      const row = await createAccount({
        db: ctx.deps.db,
        clock: deps.clock,
        regions: deps.regions,
        account: {
          username: body.username,
          displayName: body.displayName,
          password: body.password,
          role: body.role,
          regionCode: body.regionCode,
          organisationId: organisation?.id ?? null,
          consentPurpose: CONSENT_PURPOSE,
        },
      });
      const session = await startSession({
        db: ctx.deps.db,
        clock: deps.clock,
        userId: row.id,
        clientAddress: ctx.clientAddress,
      });
      ctx.request.actor = await resolveSession({ db: ctx.deps.db, clock: deps.clock, token: session.token });
      ctx.audit("user", row.id, { role: row.role, organisationId: organisation?.id ?? null });
      setSessionCookie(ctx.reply, deps, session);
      return { user: presentSessionUser(row), csrfToken: session.csrfToken };
    },
    { rateLimitPerMinute: 10 },
  );
}
