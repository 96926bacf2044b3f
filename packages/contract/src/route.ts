import type { z } from "zod";

/** The roles an account can have. */
export const ROLES = ["seeker", "employer", "staff", "department", "leadership", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call a route at all. Finer rules (jurisdiction, ownership) are declared in the
 * server module's access file and applied by the handler.
 */
export type RouteAccess = "public" | "authenticated" | readonly Role[];

export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  /** Stable identifier, `module.verbNoun`; used in audit entries and tests. */
  id: string;
  method: HttpMethod;
  /** Fastify-style path under /api, e.g. `/v1/regions/:code`. */
  path: string;
  summary: string;
  tags: readonly string[];
  access: RouteAccess;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** The body is a raw file (CSV, .xlsx, JSON lines), not JSON: sent as application/octet-stream. */
  upload?: boolean;
  /** The answer is a file (the handler sets its type and name); `response` documents nothing. */
  download?: boolean;
  /** HTTP status of a successful answer (default 200). */
  successStatus?: number;
  /** Status of a repeated idempotent request that found what it would have made (e.g. 200 beside 201). */
  repeatStatus?: number;
}

/** Declares a route; the identity function keeps the literal types. */
export function defineRoute<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
>(def: RouteDef<P, Q, B, R>): RouteDef<P, Q, B, R> {
  return def;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
export type RouteParams<D> = D extends RouteDef<infer P, z.ZodType, z.ZodType, z.ZodType> ? Infer<P> : never;
export type RouteQuery<D> = D extends RouteDef<z.ZodType, infer Q, z.ZodType, z.ZodType> ? Infer<Q> : never;
export type RouteBody<D> = D extends RouteDef<z.ZodType, z.ZodType, infer B, z.ZodType> ? Infer<B> : never;
export type RouteResponse<D> =
  D extends RouteDef<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.infer<R> : never;

/** Substitutes `:name` segments of a route path with the given parameters. */
export function buildPath(path: string, params: Record<string, string | number> = {}): string {
  return `/api${path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  })}`;
}
