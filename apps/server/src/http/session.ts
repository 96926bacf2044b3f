import { timingSafeEqual } from "node:crypto";
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../lib/errors.ts";
import { newCsrfToken, resolveSession, type StartedSession } from "../modules/auth/auth.service.ts";
import type { Deps } from "./context.ts";

export const SESSION_COOKIE = "jiuye_session";
export const CSRF_COOKIE = "jiuye_csrf";
export const CSRF_HEADER = "x-csrf-token";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Routes that start a session need the pre-session (double-submit) CSRF token. */
const PRE_SESSION_ROUTES = new Set(["/api/v1/auth/login", "/api/v1/auth/register"]);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Loads the caller from the session cookie, then enforces CSRF on state-changing requests:
 * with a session, the header must carry the session's token; on login and register, the
 * header must match the pre-session cookie (double submit). Requests without any session
 * cookie carry no ambient authority and need no token.
 */
export function registerSessionHooks(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveSession({ db: deps.db, clock: deps.clock, token }) : null;
    if (!STATE_CHANGING.has(request.method)) return;
    const header = request.headers[CSRF_HEADER];
    const sent = Array.isArray(header) ? header[0] : header;
    const path = request.url.split("?")[0] ?? "";
    if (request.actor && !PRE_SESSION_ROUTES.has(path)) {
      if (!sameToken(sent, request.actor.csrfToken)) {
        throw new AppError("AUTH_CSRF_MISMATCH", `Missing or wrong ${CSRF_HEADER} header`);
      }
    } else if (PRE_SESSION_ROUTES.has(path)) {
      if (!sameToken(sent, request.cookies[CSRF_COOKIE])) {
        throw new AppError("AUTH_CSRF_MISMATCH", `Missing or wrong ${CSRF_HEADER} header`);
      }
    }
  });
}

function cookieOptions(deps: Deps, maxAgeSeconds?: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: deps.config.cookieSecure,
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

export function setSessionCookie(reply: FastifyReply, deps: Deps, session: StartedSession): void {
  const maxAge = Math.floor((session.expiresAt.getTime() - deps.clock.now().getTime()) / 1000);
  reply.setCookie(SESSION_COOKIE, session.token, cookieOptions(deps, maxAge));
  reply.clearCookie(CSRF_COOKIE, { path: "/" });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

/** The CSRF token an anonymous client must echo on login/register; made once per browser. */
export function preSessionCsrfToken(request: FastifyRequest, reply: FastifyReply, deps: Deps): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing && /^[\w-]{20,64}$/.test(existing)) return existing;
  const token = newCsrfToken();
  reply.setCookie(CSRF_COOKIE, token, cookieOptions(deps));
  return token;
}
