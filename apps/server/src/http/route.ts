import type { RouteBody, RouteDef, RouteParams, RouteQuery, RouteResponse } from "@jiuye/contract/route";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppError } from "../lib/errors.ts";
import { insertAuditEntry } from "../modules/audit/audit.repo.ts";
import type { Actor, Deps } from "./context.ts";

export interface RouteContext<D extends RouteDef> {
  params: RouteParams<D>;
  query: RouteQuery<D>;
  body: RouteBody<D>;
  /** The raw file of an `upload` route. */
  file: Buffer | null;
  actor: Actor | null;
  /** For writes, `deps.db` is the request's transaction: use it and nothing else. */
  deps: Deps;
  request: FastifyRequest;
  reply: FastifyReply;
  clientAddress: string;
  /** Names the record this request wrote, or the personal data it read, for the audit entry. */
  audit(recordType: string, recordId: string | null, details?: Record<string, unknown>): void;
  /** Runs once the request's transaction has committed (e.g. to refresh an in-memory cache). */
  afterCommit(fn: () => Promise<void>): void;
  /** Answers with the route's `repeatStatus`: an idempotent request found what it would have made. */
  repeated(): void;
}

export type RouteHandler<D extends RouteDef> = (ctx: RouteContext<D>) => Promise<RouteResponse<D>>;

export interface RouteOptions {
  /** Requests per minute per client address; for public routes that do real work. */
  rateLimitPerMinute?: number;
  /** Largest accepted body in bytes (default 1 MiB; uploads 50 MiB). */
  bodyLimit?: number;
  /** Writes run in one transaction with their audit entry; `false` for login, whose failures must stick. */
  transaction?: boolean;
}

interface PendingAudit {
  recordType: string;
  recordId: string | null;
  details?: Record<string, unknown>;
}

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const mounted = new WeakMap<FastifyInstance, RouteDef[]>();

/** The contract routes mounted on an app: the route table the access tests walk. */
export function mountedRoutes(app: FastifyInstance): readonly RouteDef[] {
  return mounted.get(app) ?? [];
}
export const UPLOAD_BODY_LIMIT = 50 * 1024 * 1024;

/** Throws unless the caller may use the route at all (role level; jurisdiction is the module's). */
export function checkRouteAccess(def: RouteDef, actor: Actor | null): void {
  if (def.access === "public") return;
  if (!actor) throw new AppError("AUTH_REQUIRED", "Please log in first");
  if (def.access === "authenticated") return;
  if (!def.access.includes(actor.role)) {
    throw new AppError("ACCESS_ROLE_DENIED", `This is not available to the ${actor.role} role`);
  }
}

/** The caller of a route that is not public. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("AUTH_REQUIRED", "Please log in first");
  return actor;
}

/**
 * Mounts one contract route: access check before validation; writes run in one transaction
 * together with their audit entry; refused writes are audited too.
 */
export function mountRoute<D extends RouteDef>(
  app: FastifyInstance,
  deps: Deps,
  def: D,
  handler: RouteHandler<D>,
  options: RouteOptions = {},
): void {
  const isWrite = WRITE_METHODS.has(def.method);
  mounted.set(app, [...mountedRoutes(app), def]);
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: `/api${def.path}`,
    bodyLimit: options.bodyLimit ?? (def.upload ? UPLOAD_BODY_LIMIT : undefined),
    config: options.rateLimitPerMinute
      ? { rateLimit: { max: options.rateLimitPerMinute, timeWindow: 60_000 } }
      : { rateLimit: false },
    schema: {
      operationId: def.id,
      summary: def.summary,
      tags: [...def.tags],
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body && !def.upload ? { body: def.body } : {}),
      ...(def.download ? {} : { response: responseSchemas(def) }),
      ...(def.access === "public" ? {} : { security: [{ session: [] }] }),
    },
    onRequest: async (request) => {
      try {
        checkRouteAccess(def, request.actor);
      } catch (error) {
        if (isWrite && error instanceof AppError) {
          const outcome = error.status === 403 ? "denied" : "failed";
          await insertAuditEntry(
            deps.db,
            auditEntry(def, request, null, outcome, deps.clock.now(), error.code),
          );
        }
        throw error;
      }
    },
    handler: async (request, reply) => {
      let pending: PendingAudit | null = null;
      const committed: (() => Promise<void>)[] = [];
      let status = def.successStatus ?? 200;
      const run = async (db: Deps["db"]) => {
        const file = def.upload ? uploadedFile(request.body) : null;
        const ctx: RouteContext<D> = {
          params: request.params as RouteParams<D>,
          query: request.query as RouteQuery<D>,
          body: (def.upload ? undefined : request.body) as RouteBody<D>,
          file,
          actor: request.actor,
          deps: { ...deps, db },
          request,
          reply,
          clientAddress: request.ip,
          audit: (recordType, recordId, details) => {
            pending = { recordType, recordId, details };
          },
          afterCommit: (fn) => {
            committed.push(fn);
          },
          repeated: () => {
            if (def.repeatStatus === undefined) throw new Error(`${def.id} declares no repeatStatus`);
            status = def.repeatStatus;
          },
        };
        const result = await handler(ctx);
        if (isWrite || pending)
          await insertAuditEntry(db, auditEntry(def, request, pending, "ok", deps.clock.now()));
        return result;
      };
      try {
        const result =
          isWrite && options.transaction !== false
            ? await deps.db.transaction().execute(run)
            : await run(deps.db);
        for (const fn of committed) await fn();
        reply.code(status);
        return result;
      } catch (error) {
        if (isWrite && error instanceof AppError && [401, 403, 429].includes(error.status)) {
          const outcome = error.status === 403 ? "denied" : "failed";
          await insertAuditEntry(
            deps.db,
            auditEntry(def, request, pending, outcome, deps.clock.now(), error.code),
          );
        }
        throw error;
      }
    },
  });
}

function responseSchemas(def: RouteDef) {
  const schemas = { [def.successStatus ?? 200]: def.response };
  if (def.repeatStatus !== undefined) schemas[def.repeatStatus] = def.response;
  return schemas;
}

function uploadedFile(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  throw new AppError(
    "UNSUPPORTED_MEDIA_TYPE",
    "Send the file itself as the request body (Content-Type: application/octet-stream)",
  );
}

function auditEntry(
  def: RouteDef,
  request: FastifyRequest,
  pending: PendingAudit | null,
  outcome: "ok" | "denied" | "failed",
  at: Date,
  errorCode?: string,
) {
  const actor = request.actor;
  const details = { ...(pending?.details ?? {}), ...(errorCode ? { error: errorCode } : {}) };
  return {
    at,
    actor_id: actor?.id ?? null,
    actor_name: actor?.username ?? null,
    actor_role: actor?.role ?? null,
    actor_region_path: actor?.regionPath ?? null,
    action: def.id,
    record_type: pending?.recordType ?? null,
    record_id: pending?.recordId ?? null,
    client_address: request.ip,
    outcome,
    details: Object.keys(details).length > 0 ? JSON.stringify(details) : null,
  };
}
