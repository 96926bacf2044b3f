import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";

export interface CatalogueEntry {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

/** The occupation and industry catalogues in memory: checks and names on every posting without a query. */
export interface Catalogue {
  occupation(code: string): CatalogueEntry | undefined;
  industry(code: string): CatalogueEntry | undefined;
  /** The 大典 major group (1–8) an occupation code belongs to. */
  majorGroup(code: string): CatalogueEntry | undefined;
}

export async function loadCatalogue(db: Kysely<Database>): Promise<Catalogue> {
  const toEntry = (r: { code: string; name: string; level: number; parent_code: string | null }) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parent_code,
  });
  const occupations = new Map(
    (await db.selectFrom("occupations").select(["code", "name", "level", "parent_code"]).execute()).map(
      (r) => [r.code, toEntry(r)],
    ),
  );
  const industries = new Map(
    (await db.selectFrom("industries").select(["code", "name", "level", "parent_code"]).execute()).map(
      (r) => [r.code, toEntry(r)],
    ),
  );
  return {
    occupation: (code) => occupations.get(code),
    industry: (code) => industries.get(code),
    majorGroup: (code) => occupations.get(code.split("-")[0] ?? ""),
  };
}
