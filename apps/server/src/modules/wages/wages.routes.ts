import { evaluateWages } from "@jiuye/contract/wages";
import { evaluateBundle, RULESET_VERSION } from "@jiuye/wages/evaluate";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute } from "../../http/route.ts";

/** Requests a minute per address for the public dry run, and its body limit. */
const EVALUATE_PER_MINUTE = 30;
const EVALUATE_BODY_LIMIT = 5 * 1024 * 1024;

export function wageRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(
    app,
    deps,
    evaluateWages,
    async ({ body, reply }) => {
      reply.header("jiuye-ruleset-version", RULESET_VERSION);
      return evaluateBundle(body);
    },
    { rateLimitPerMinute: EVALUATE_PER_MINUTE, bodyLimit: EVALUATE_BODY_LIMIT, transaction: false },
  );
}
