import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { AppError } from "../lib/errors.ts";

/**
 * Serves the built web app (public site and console) with a fallback to index.html for client
 * routes; unknown /api paths answer with a JSON 404.
 */
export async function registerWeb(app: FastifyInstance, webDist: string): Promise<void> {
  const hasWeb = existsSync(path.join(webDist, "index.html"));
  // wildcard: files are looked up per request, so a rebuilt app is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: true, index: "index.html" });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    if (url.startsWith("/api/") || url === "/api" || request.method !== "GET") {
      throw new AppError("ROUTE_NOT_FOUND", `No route ${request.method} ${url}`);
    }
    // A missing file is a 404, not the app shell: a stale page must not load HTML as a script.
    if (url.startsWith("/assets/") || /\.\w{1,5}$/.test(url)) {
      return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
    }
    if (!hasWeb) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send("The web app is not built: run `npm run build` (npm start does it for you).");
    }
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
}
