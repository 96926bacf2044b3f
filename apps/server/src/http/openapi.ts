import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { APP_VERSION } from "../version.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "./session.ts";

/** OpenAPI 3.1 generated from the contract's zod schemas, at /api/openapi.json; docs at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Jiuye (就业) API",
        version: APP_VERSION,
        description: `Public employment services and labour protection. State-changing requests made with a session cookie carry the \`${CSRF_HEADER}\` header from the session response.`,
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE } },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
