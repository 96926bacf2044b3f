import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { applicationRoutes } from "../modules/applications/applications.routes.ts";
import { auditRoutes } from "../modules/audit/audit.routes.ts";
import { authRoutes } from "../modules/auth/auth.routes.ts";
import { bulletinRoutes } from "../modules/bulletins/bulletins.routes.ts";
import { catalogueRoutes } from "../modules/catalogue/catalogue.routes.ts";
import { dashboardRoutes } from "../modules/dashboard/dashboard.routes.ts";
import { healthRoutes } from "../modules/health/health.routes.ts";
import { inboxRoutes } from "../modules/inbox/inbox.routes.ts";
import { jobIntakeRoutes } from "../modules/job-intake/job-intake.routes.ts";
import { jobSearchRoutes } from "../modules/job-search/job-search.routes.ts";
import { jobRoutes } from "../modules/jobs/jobs.routes.ts";
import { matchingRoutes } from "../modules/matching/matching.routes.ts";
import { organisationRoutes } from "../modules/organisations/organisations.routes.ts";
import { peopleRoutes } from "../modules/people/people.routes.ts";
import { pushRoutes } from "../modules/push/push.routes.ts";
import { regionRoutes } from "../modules/regions/regions.routes.ts";
import { targetRoutes } from "../modules/targets/targets.routes.ts";
import { userRoutes } from "../modules/users/users.routes.ts";
import { wageRoutes } from "../modules/wages/wages.routes.ts";
import { wageSettingsRoutes } from "../modules/wages/wages.settings.routes.ts";
import type { Deps } from "./context.ts";
import { registerErrorHandling } from "./errors.ts";
import { registerOpenApi } from "./openapi.ts";
import { UPLOAD_BODY_LIMIT } from "./route.ts";
import { registerSessionHooks } from "./session.ts";
import { registerWeb } from "./web.ts";

/** Every module's routes; the route-table test walks what these mount. */
export const MODULE_ROUTES = [
  healthRoutes,
  authRoutes,
  regionRoutes,
  organisationRoutes,
  userRoutes,
  auditRoutes,
  dashboardRoutes,
  catalogueRoutes,
  jobRoutes,
  jobIntakeRoutes,
  jobSearchRoutes,
  peopleRoutes,
  inboxRoutes,
  applicationRoutes,
  matchingRoutes,
  pushRoutes,
  targetRoutes,
  bulletinRoutes,
  wageRoutes,
  wageSettingsRoutes,
] as const;

const UPLOAD_TYPES = [
  "application/octet-stream",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/x-ndjson",
];

/** Builds the HTTP app over the given dependencies; `listen` is the caller's. */
export async function buildApp(deps: Deps, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : { level: deps.config.logLevel },
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addContentTypeParser(
    UPLOAD_TYPES,
    { parseAs: "buffer", bodyLimit: UPLOAD_BODY_LIMIT },
    (_req, payload, done) => done(null, payload),
  );
  registerErrorHandling(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app);
  registerSessionHooks(app, deps);
  for (const mount of MODULE_ROUTES) mount(app, deps);
  await registerWeb(app, deps.config.webDist);
  return app;
}
