import { getSession, sessionSchema } from "@jiuye/contract/auth";
import type { Issue } from "@jiuye/contract/common";
import { buildPath, type RouteDef, type RouteResponse } from "@jiuye/contract/route";
import type { z } from "zod";

type AnyRoute = RouteDef<z.ZodType, z.ZodType, z.ZodType, z.ZodType>;

/** A route part the contract leaves out has the bare `ZodType` schema, whose input is `unknown`. */
type Part<K extends string, S extends z.ZodType, Absent> =
  unknown extends z.input<S>
    ? { [key in K]?: Absent }
    : Partial<z.input<S>> extends z.input<S>
      ? { [key in K]?: z.input<S> }
      : { [key in K]: z.input<S> };

/** What a call to route `D` takes: its path parameters, query and body, each typed from the contract. */
export type CallOptions<D> =
  D extends RouteDef<infer P, infer Q, infer B, z.ZodType>
    ? Part<"params", P, never> & Part<"query", Q, never> & Part<"body", B, Blob>
    : never;

/** The options may be left out when the route needs none of them. */
type OptionsArg<D> =
  Partial<CallOptions<D>> extends CallOptions<D> ? [options?: CallOptions<D>] : [options: CallOptions<D>];

/** An error answer from the API (or a failure to reach it: status 0, code `network`). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The located problems of a validation error, if that is what this is. */
  get issues(): Issue[] {
    return Array.isArray(this.details) ? this.details.filter(isIssue) : [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isIssue(value: unknown): value is Issue {
  return isRecord(value) && typeof value.path === "string" && typeof value.message === "string";
}

let csrfToken: string | null = null;

function queryString(query: unknown): string {
  if (!isRecord(query)) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = isRecord(body) ? body.error : null;
  if (isRecord(error) && typeof error.code === "string" && typeof error.message === "string") {
    return new ApiError(response.status, error.code, error.message, error.details);
  }
  return new ApiError(
    response.status,
    `http.${response.status}`,
    response.statusText || `HTTP ${response.status}`,
  );
}

/** Calls one contract route; keeps the CSRF token from every session answer and sends it on changes. */
export async function callApi<D extends AnyRoute>(
  def: D,
  ...[options]: OptionsArg<D>
): Promise<RouteResponse<D>> {
  return (await callApiWithStatus(def, ...([options] as OptionsArg<D>))).data;
}

/**
 * As `callApi`, with the HTTP status of the answer: for idempotent routes that answer `successStatus`
 * when they made something and `repeatStatus` when they found it made before (201 and 200).
 */
export async function callApiWithStatus<D extends AnyRoute>(
  def: D,
  ...[options]: OptionsArg<D>
): Promise<{ status: number; data: RouteResponse<D> }> {
  const { params, query, body } = (options ?? {}) as { params?: unknown; query?: unknown; body?: unknown };
  const headers: Record<string, string> = { accept: "application/json" };
  if (def.method !== "GET") {
    if (csrfToken === null) await callApi(getSession);
    if (csrfToken !== null) headers["x-csrf-token"] = csrfToken;
  }
  let payload: BodyInit | undefined;
  if (def.upload) {
    if (!(body instanceof Blob)) throw new Error(`${def.id} needs a file to upload`);
    headers["content-type"] = "application/octet-stream";
    payload = body;
  } else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  const path = buildPath(def.path, isRecord(params) ? (params as Record<string, string | number>) : {});

  let response: Response;
  try {
    response = await fetch(path + queryString(query), {
      method: def.method,
      credentials: "same-origin",
      headers,
      body: payload,
    });
  } catch (cause) {
    throw new ApiError(0, "network", cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await errorFrom(response);

  const result = (await response.json()) as RouteResponse<D>;
  if (def.response === sessionSchema && isRecord(result) && typeof result.csrfToken === "string") {
    csrfToken = result.csrfToken;
  }
  return { status: response.status, data: result };
}
