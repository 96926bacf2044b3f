import {
  listIndustries,
  listOccupations,
  suggestOccupations as suggestOccupationsRoute,
} from "@jiuye/contract/catalogue";
import { suggestOccupations } from "@jiuye/jobtext/occupations";
import type { FastifyInstance } from "fastify";
import type { Deps } from "../../http/context.ts";
import { mountRoute } from "../../http/route.ts";
import { findIndustries, findOccupations } from "./catalogue.repo.ts";

export function catalogueRoutes(app: FastifyInstance, deps: Deps): void {
  mountRoute(app, deps, listOccupations, async ({ query }) => {
    const rows = await findOccupations(deps.db, query);
    return {
      items: rows.map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        parentCode: r.parent_code,
        green: r.green,
        digital: r.digital,
      })),
    };
  });

  mountRoute(app, deps, suggestOccupationsRoute, async ({ query }) => ({
    items: suggestOccupations(query.title, query.description ?? "", 5),
  }));

  mountRoute(app, deps, listIndustries, async () => ({
    items: (await findIndustries(deps.db)).map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: r.parent_code,
    })),
  }));
}
