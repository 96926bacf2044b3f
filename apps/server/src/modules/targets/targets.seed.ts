import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { readIndicators } from "@jiuye/targets/indicator";
import { checkPlan } from "@jiuye/targets/plan-check";
import { readPlanFile } from "@jiuye/targets/plan-file";
import { formatUnit } from "@jiuye/targets/units";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Clock } from "../../lib/clock.ts";
import { REFERENCE_DIR } from "../regions/regions.seed.ts";
import { insertIndicators } from "./targets.repo.ts";
import { savePlanFile } from "./targets.save.ts";
import { loadCatalogue } from "./targets.service.ts";

const PLANS_DIR = path.join(REFERENCE_DIR, "plans");

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(PLANS_DIR, file), "utf8"));
}

/**
 * The indicator catalogue and the shipped plans (`reference/plans`), each once: read and checked by
 * `@jiuye/targets`; a shipped file that does not read cleanly stops the start.
 */
export async function loadReferencePlans(db: Kysely<Database>, clock: Clock): Promise<number> {
  if (!(await db.selectFrom("indicators").select("code").executeTakeFirst())) {
    const { indicators, problems } = readIndicators(await readJson("indicators.json"));
    if (problems.length > 0) throw new Error(`indicators.json: ${JSON.stringify(problems)}`);
    await insertIndicators(
      db,
      indicators.map((i, seq) => ({ ...i, unit: formatUnit(i.unit), seq })),
    );
  }
  if (await db.selectFrom("plans").select("id").executeTakeFirst()) return 0;
  const byCode = await loadCatalogue(db);
  const catalogue = [...byCode.values()];
  const files = (await readdir(PLANS_DIR))
    .filter((f) => f.endsWith(".json") && f !== "indicators.json")
    .sort();
  await db.transaction().execute(async (trx) => {
    for (const file of files) {
      const { plan, problems } = readPlanFile(await readJson(file));
      if (!plan) throw new Error(`${file}: ${JSON.stringify(problems)}`);
      const check = checkPlan(plan, catalogue);
      if (check.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(check.errors)}`);
      await savePlanFile(trx, { plan, targets: check.targets, catalogue: byCode, now: clock.now() });
    }
  });
  return files.length;
}
