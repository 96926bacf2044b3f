import { z } from "zod";
import { okSchema } from "./common.ts";
import {
  personChangesSchema,
  personFieldsSchema,
  personResponseSchema,
  personSchema,
  statusInputSchema,
} from "./people.ts";
import { defineRoute } from "./route.ts";

/** A person's own registry record: register oneself with consent, change, export and delete it. */

export const getOwnPerson = defineRoute({
  id: "people.getOwn",
  method: "GET",
  path: "/v1/me/person",
  summary: "One's own registry record (null when not registered)",
  tags: ["people"],
  access: ["seeker"],
  response: z.object({ person: personSchema.nullable() }),
});

export const createOwnPerson = defineRoute({
  id: "people.createOwn",
  method: "POST",
  path: "/v1/me/person",
  summary: "Register oneself in the labour-force registry (voluntary, with consent)",
  tags: ["people"],
  access: ["seeker"],
  successStatus: 201,
  body: personFieldsSchema.extend({
    status: statusInputSchema,
    recommendable: z.boolean().default(false),
    consent: z.literal(true, "registration needs your consent to the privacy notice"),
  }),
  response: personResponseSchema,
});

export const updateOwnPerson = defineRoute({
  id: "people.updateOwn",
  method: "PUT",
  path: "/v1/me/person",
  summary: "Change one's own record, including whether to be recommended to employers",
  tags: ["people"],
  access: ["seeker"],
  body: personChangesSchema.extend({ recommendable: z.boolean() }),
  response: personResponseSchema,
});

export const exportOwnPerson = defineRoute({
  id: "people.exportOwn",
  method: "GET",
  path: "/v1/me/person/export",
  summary: "Everything the registry holds about oneself, unmasked, as JSON or .xlsx",
  tags: ["people"],
  access: ["seeker"],
  download: true,
  query: z.object({ format: z.enum(["json", "xlsx"]).default("json") }),
  response: z.unknown(),
});

export const deleteOwnPerson = defineRoute({
  id: "people.deleteOwn",
  method: "DELETE",
  path: "/v1/me/person",
  summary: "Delete one's own record; only anonymised figures for statistics remain",
  tags: ["people"],
  access: ["seeker"],
  response: okSchema,
});
